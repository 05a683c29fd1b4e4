package org.chatroom.irc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chatroom.testing.RawIrcClient;
import org.junit.jupiter.api.Test;

/**
 * What the rooms deliver to IRC clients is written from each client's connection thread, where the rooms call it; a
 * line a client's own command gets is handed to that thread behind what the rooms queued there before. A burst must
 * still reach every client whole and in order, with the replies to its commands in between, and a quit must still
 * end with the ERROR line.
 */
class IrcBurstTest extends IrcRoomTest {

    private static final int BURST = 400; // about 24 KiB of lines per client: past the batch's 16 KiB

    @Override
    Map<String, Object> roomSettings() {
        return Map.of("rate.per.second", 0.0);
    }

    @Test
    void aBurstReachesEveryIrcClientWholeAndInOrderWithRepliesBetween() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient plain = room.inGeneral("plainreader");
            RawIrcClient timed = room.ircWith("timedreader", "server-time");
            IrcRoom.join(timed, "timedreader", "#general");
            RawIrcClient speaker = room.inGeneral("speaker");
            for (int i = 0; i < BURST; i++) {
                speaker.send("PRIVMSG #general :burst line " + i + " of the flood test, padded to sixty bytes");
                if (i == BURST / 2) {
                    plain.send("PING halfway");
                }
            }
            List<String> plainLines = plain.until("burst line " + (BURST - 1) + " ");
            assertInOrder(plainLines, ":speaker!");
            assertTrue(plainLines.stream().anyMatch(line -> line.endsWith("PONG irc.test halfway")),
                    "the reply to PING is among the delivered lines: " + plainLines.size() + " lines");
            assertInOrder(timed.until("burst line " + (BURST - 1) + " "), "@time=");
        });
    }

    @Test
    void aQuitAfterABurstEndsWithTheErrorLine() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient reader = room.inGeneral("quitter");
            RawIrcClient speaker = room.inGeneral("speaker");
            for (int i = 0; i < BURST; i++) {
                speaker.send("PRIVMSG #general :burst line " + i + " of the flood test, padded to sixty bytes");
            }
            reader.await("burst line 0 ");
            reader.send("QUIT :enough");
            List<String> rest = reader.readToEnd();
            assertTrue(rest.get(rest.size() - 1).startsWith("ERROR :"), "the last line is ERROR: " + rest);
            List<Integer> numbers = numbers(rest);
            for (int i = 0; i < numbers.size(); i++) {
                assertEquals(i + 1, numbers.get(i), "the lines before ERROR follow the first in order");
            }
        });
    }

    /** Every burst line, {@code prefix} first, numbered 0 to BURST - 1 with none missing or out of order. */
    private static void assertInOrder(List<String> lines, String prefix) {
        List<Integer> numbers = numbers(lines);
        assertEquals(BURST, numbers.size(), "every line of the burst arrived");
        for (int i = 0; i < BURST; i++) {
            assertEquals(i, numbers.get(i), "line " + i + " in its place");
        }
        lines.stream().filter(line -> line.contains(" :burst line "))
                .forEach(line -> assertTrue(line.startsWith(prefix), line));
    }

    private static List<Integer> numbers(List<String> lines) {
        List<Integer> numbers = new ArrayList<>();
        for (String line : lines) {
            int at = line.indexOf(" :burst line ");
            if (at >= 0) {
                String rest = line.substring(at + " :burst line ".length());
                numbers.add(Integer.parseInt(rest.substring(0, rest.indexOf(' '))));
            }
        }
        return numbers;
    }
}
