package org.chatroom.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.NameRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names that look alike share one key (issue 13's examples); invisible characters are refused. */
class LookAlikeNamesTest {

    /** Names that look like {@code bob}: Greek omicron, full-width, mathematical bold, combining marks, case. */
    static final String[] BOBS = { "b\u03bfb", "\uff42\uff4f\uff42", "\ud835\udc1b\ud835\udc28\ud835\udc1b", "bo\u0308b",
            "bob\u0301", "BOB", "Bob", "b\u043eb" };

    @Test
    void cyrillicMariaIsMaria() {
        assertEquals(NameRules.key("maria"), NameRules.key("m\u0430ria"));
        assertEquals(Optional.empty(), NameRules.check("m\u0430ria", 32), "a valid name, taken beside maria");
    }

    @Test
    void lookAlikesOfBobAreBob() {
        for (String bob : BOBS) {
            assertEquals(NameRules.key("bob"), NameRules.key(bob), bob);
            assertEquals(Optional.empty(), NameRules.check(bob, 32), bob);
        }
    }

    @Test
    void differentNamesStayDifferent() {
        assertNotEquals(NameRules.key("bob"), NameRules.key("rob"));
        assertNotEquals(NameRules.key("maria"), NameRules.key("mario"));
        assertNotEquals(NameRules.key("李雷"), NameRules.key("李"));
        assertNotEquals(NameRules.key("किताब"), NameRules.key("कतब"), "Devanagari vowel signs are letters, not accents");
    }

    /** IRC shows what a nick cannot hold as {@code _}: names one nick apart there are one name. */
    @Test
    void namesIrcShowsAsOneNickAreOneName() {
        assertEquals(NameRules.key("dr_who"), NameRules.key("dr.who"));
        assertEquals(NameRules.key("DR_WHO"), NameRules.key("dr\uff0ewho"), "the full-width full stop too");
        assertEquals(NameRules.key("a_b_c_d_e_f"), NameRules.key("a,b*c?d!e@f"));
        assertEquals(NameRules.key("_cash"), NameRules.key("$cash"));
        assertEquals(NameRules.key("_x"), NameRules.key("#x"));
        assertEquals(NameRules.key("_x"), NameRules.key(":x"));
        assertEquals(NameRules.key("_x"), NameRules.key("&x"));
        assertNotEquals(NameRules.key("x_y"), NameRules.key("x#y"), "IRC nicks hold # after the first character");
        assertNotEquals(NameRules.key("x_"), NameRules.key("x$"));
        assertNotEquals(NameRules.key("drwho"), NameRules.key("dr.who"));
        assertNotEquals(NameRules.key("dr-who"), NameRules.key("dr.who"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "bob\u3164", "\u3164", "bob\u2800", "\u2800", "bob\ufe0f", "b\ufe00ob", "bo\u200bb",
            "bob\u200d", "bob\u2060", "\u0301bob", "bob_\u0301", "bo\u0301\u0301\u0301\u0301b", "bob\u034f",
            "bob\uffa0", "bob\u00ad" })
    void invisibleCharactersAndStandAloneMarksAreRefused(String name) {
        assertEquals(ErrorCode.NICK_INVALID, NameRules.check(name, 32).orElseThrow().code(), name);
        assertTrue(NameRules.check(name, 32).orElseThrow().message().contains("invisible"), name);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Émile", "José", "Zoë", "किताब", "Ελένη", "Ольга" })
    void lettersWithMarksAreWelcome(String name) {
        assertEquals(Optional.empty(), NameRules.check(name, 32), name);
    }
}
