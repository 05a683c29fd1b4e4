package org.chatroom.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.NameProblem;
import org.chatroom.protocol.NameRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameRulesTest {

    @ParameterizedTest
    @ValueSource(strings = { "alice", "Émile", "李雷", "a", "x_y-z.1", "🙂smile", "12345678901234567890123456789012" })
    void acceptsReasonableNames(String name) {
        assertEquals(Optional.empty(), NameRules.check(name, 32));
    }

    @Test
    void aKeyIsRememberedNotFoldedAgain() {
        String name = "Rémi-" + System.nanoTime(); // a name no other test folded
        String first = NameRules.key(name);

        assertSame(first, NameRules.key(new String(name)), "the same key object: ICU ran once for this name");
        assertEquals(NameRules.key("remi-" + name.substring(5)), first, "and still the folded key");
    }

    @Test
    void emptyName() {
        NameProblem problem = NameRules.check("", 32).orElseThrow();
        assertEquals(ErrorCode.NICK_EMPTY, problem.code());
        assertFalse(problem.message().isBlank());
    }

    @Test
    void tooLongCountsCodePoints() {
        assertEquals(ErrorCode.NICK_TOO_LONG, NameRules.check("a".repeat(33), 32).orElseThrow().code());
        assertTrue(NameRules.check("🙂".repeat(32), 32).isEmpty(), "32 code points are 64 chars but allowed");
        NameProblem problem = NameRules.check("abcd", 3).orElseThrow();
        assertTrue(problem.message().contains("3"), problem.message());
    }

    @ParameterizedTest
    @ValueSource(strings = { "ali ce", "alice\t", "\u0007bell", "a\u0000b", "line\nbreak", "/me", "{quit}", "-",
            "zero\u200Bwidth", "nb\u00A0sp" })
    void refusesInvalidNames(String name) {
        NameProblem problem = NameRules.check(name, 32).orElseThrow();
        assertEquals(ErrorCode.NICK_INVALID, problem.code());
        assertFalse(problem.message().isBlank());
    }

    @Test
    void invalidMessageMentionsQuitLiterally() {
        assertTrue(NameRules.check("{quit}", 32).orElseThrow().message().contains("{quit}"));
    }

    @Test
    void namesDifferingInCaseShareAKey() {
        assertEquals(NameRules.key("Alice"), NameRules.key("aLICE"));
        assertEquals(NameRules.key("Straße"), NameRules.key("STRASSE"));
        assertNotEquals(NameRules.key("alice"), NameRules.key("alicia"));
    }

    @Test
    void takenHasItsCode() {
        assertEquals(ErrorCode.NICK_TAKEN, NameProblem.taken().code());
        assertEquals("That name is taken, choose another one.", NameProblem.taken().message());
    }
}
