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
 * The rooms call an IRC client's listener on its connection's own thread (its lane), where the room events of a group
 * of members are handed over in one task per event: everything else the client hears must go the same way, in the
 * order the rooms made it. On the memory log an event is committed before the command that said it returns, so the
 * order is exact: a private message sent after a room message comes after it, a reply to a command after the events
 * that command's earlier lines committed, and the live events after the client's own join burst.
 */
class IrcLaneOrderTest extends IrcRoomTest {

    private static final int ROUNDS = 200;

    @Override
    Map<String, Object> roomSettings() {
        return Map.of("rate.per.second", 0.0, "roomlog.target", "(chat.roomlog=memory)");
    }

    @Test
    void roomMessagesAndPrivateMessagesArriveInTheOrderTheyWereSaid() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient reader = room.inGeneral("reader");
            RawIrcClient speaker = room.inGeneral("speaker");
            for (int i = 0; i < ROUNDS; i++) {
                speaker.send("PRIVMSG #general :said " + i);
                speaker.send("PRIVMSG reader :whispered " + i);
            }
            List<String> heard = new ArrayList<>();
            for (String line : reader.until(" :whispered " + (ROUNDS - 1) + "$")) {
                if (line.startsWith(":speaker!") && line.contains(" PRIVMSG ")) {
                    heard.add(line.substring(line.indexOf(" :") + 2));
                }
            }
            assertEquals(alternating("said ", "whispered "), heard, "the reader hears the room and the private messages as they were said");
        });
    }

    @Test
    void aReplyComesAfterTheEventsItsClientCommittedBefore() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient echoed = room.ircWith("echoed", "echo-message");
            IrcRoom.join(echoed, "echoed", "#general");
            for (int i = 0; i < ROUNDS; i++) {
                echoed.send("PRIVMSG #general :line " + i);
                echoed.send("PING token" + i);
            }
            List<String> order = new ArrayList<>();
            for (String line : echoed.until("PONG irc.test token" + (ROUNDS - 1) + "$")) {
                if (line.contains(" PRIVMSG #general :line ")) {
                    order.add("echo " + line.substring(line.lastIndexOf(' ') + 1));
                } else if (line.contains(" PONG ")) {
                    order.add("pong " + line.substring(line.lastIndexOf("token") + "token".length()));
                }
            }
            assertEquals(alternating("echo ", "pong "), order, "each PONG comes after the echo of the line sent before its PING");
        });
    }

    @Test
    void aClientJoiningDuringAFloodGetsItsJoinBurstFirstThenEveryLaterLineOnce() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient speaker = room.inGeneral("flooder");
            RawIrcClient joiner = room.irc("joiner");
            for (int i = 0; i < ROUNDS; i++) {
                speaker.send("PRIVMSG #general :flood " + i);
                if (i == ROUNDS / 4) {
                    joiner.send("JOIN #general");
                }
            }
            List<String> lines = joiner.until(" :flood " + (ROUNDS - 1) + "$");
            int endOfNames = -1;
            List<Integer> heard = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.contains(" 366 joiner #general ")) {
                    endOfNames = i;
                } else if (line.contains(" PRIVMSG #general :flood ")) {
                    assertTrue(endOfNames >= 0, "a live line before the join burst ended: " + line);
                    heard.add(Integer.parseInt(line.substring(line.lastIndexOf(' ') + 1)));
                }
            }
            assertTrue(!heard.isEmpty(), "the joiner heard the flood");
            int first = heard.get(0);
            for (int i = 0; i < heard.size(); i++) {
                assertEquals(first + i, heard.get(i), "every line after the join, once and in order");
            }
        });
    }

    /** {@code first} 0, {@code second} 0, {@code first} 1, ... up to {@code ROUNDS - 1}. */
    private static List<String> alternating(String first, String second) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            lines.add(first + i);
            lines.add(second + i);
        }
        return lines;
    }
}
