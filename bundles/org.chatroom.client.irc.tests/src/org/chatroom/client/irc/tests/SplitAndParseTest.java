package org.chatroom.client.irc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.chatroom.client.irc.internal.IrcTestAccess;
import org.junit.jupiter.api.Test;

/** Line splitting at UTF-8 character boundaries and the parsing of IRC lines, without a network. */
class SplitAndParseTest {

    @Test
    void splitsNeverCutACharacterAndKeepEveryByte() {
        String text = "😀".repeat(300) + "é".repeat(301) + "a";
        for (int max : new int[] { 4, 5, 7, 100, 401 }) {
            List<String> pieces = IrcTestAccess.split(text, max);
            assertEquals(text, String.join("", pieces));
            for (String piece : pieces) {
                assertTrue(piece.getBytes(StandardCharsets.UTF_8).length <= max, piece);
                assertTrue(!piece.isEmpty() && !Character.isLowSurrogate(piece.charAt(0)), piece);
            }
        }
    }

    @Test
    void privmsgLinesFitTheLineAsTheServerRelaysIt() {
        String prefix = "ada!~ada@127.0.0.1";
        List<String> lines = IrcTestAccess.privmsgs("#chat", "x".repeat(2000), true, prefix, 512);
        for (String line : lines) {
            int relayed = (":" + prefix + " " + line + "\r\n").getBytes(StandardCharsets.UTF_8).length;
            assertTrue(relayed <= 512, relayed + " bytes");
            assertTrue(line.startsWith("PRIVMSG #chat :\u0001ACTION ") && line.endsWith("\u0001"), line);
        }
        assertEquals(5, lines.size());
    }

    @Test
    void parsesTagsSourceParamsAndTrailing() {
        List<Object> parsed = IrcTestAccess.parse(
                "@time=2026-12-01T10:00:00.000Z;msgid=x :bob!b@h PRIVMSG #chat :hello :there  ");
        assertEquals(List.of(Instant.parse("2026-12-01T10:00:00Z"), "bob!b@h", "PRIVMSG",
                List.of("#chat", "hello :there  ")), parsed);
        assertEquals(List.of("", "PING", List.of("abc")), IrcTestAccess.parse("PING abc").subList(1, 4));
        assertNull(IrcTestAccess.parse(":only.a.source"));
    }
}
