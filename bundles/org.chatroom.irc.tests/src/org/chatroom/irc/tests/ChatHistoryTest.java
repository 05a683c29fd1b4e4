package org.chatroom.irc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.chatroom.testing.RawIrcClient;
import org.junit.jupiter.api.Test;

/**
 * {@code draft/chathistory} from the room log: every subcommand by msgid and by timestamp, the limit lowered to
 * {@code chathistory.max}, msgids on live lines that match those in the history, {@code draft/event-playback} and
 * {@code TARGETS}.
 */
class ChatHistoryTest extends IrcRoomTest {

    private static final int MAX = 8;

    @Override
    Map<String, Object> roomSettings() {
        return Map.of("rate.per.second", 0.0);
    }

    @Override
    Map<String, Object> ircSettings() {
        return Map.of("chathistory.max", MAX);
    }

    @Test
    void subcommandsByMsgidAndTheLimitLowered() {
        assertTimeoutPreemptively(BOUND, () -> {
            Conversation talk = Conversation.start(room, "m", 10);
            String channel = talk.channel();
            List<Tagged> said = talk.said();

            List<Tagged> latest = talk.ask("CHATHISTORY LATEST " + channel + " * 3");
            assertEquals(talk.texts(8, 10), Tagged.texts(latest));
            assertEquals(Tagged.msgids(said.subList(7, 10)), Tagged.msgids(latest), "the msgids of the live lines");
            assertEquals(said.get(9).tags().get("time"), latest.get(2).tags().get("time"));
            assertEquals(":bob!bob@irc.test PRIVMSG " + channel + " :m10", latest.get(2).rest());

            assertEquals(talk.texts(3, 10), Tagged.texts(talk.ask("CHATHISTORY LATEST " + channel + " * 100")),
                    "lowered to chathistory.max, and only messages (no JOIN) without draft/event-playback");
            String m2 = " msgid=" + said.get(1).msgid();
            String m5 = " msgid=" + said.get(4).msgid();
            String m6 = " msgid=" + said.get(5).msgid();
            assertEquals(talk.texts(3, 4), Tagged.texts(talk.ask("CHATHISTORY BEFORE " + channel + m5 + " 2")));
            assertEquals(talk.texts(6, 7), Tagged.texts(talk.ask("CHATHISTORY AFTER " + channel + m5 + " 2")));
            assertEquals(talk.texts(3, 6), Tagged.texts(talk.ask("CHATHISTORY AROUND " + channel + m5 + " 4")),
                    "two before, m5 and one after");
            assertEquals(talk.texts(3, 5), Tagged.texts(talk.ask("CHATHISTORY BETWEEN " + channel + m2 + m6 + " 8")),
                    "both excluded");
            assertEquals(talk.texts(4, 5), Tagged.texts(talk.ask("CHATHISTORY BETWEEN " + channel + m6 + m2 + " 2")),
                    "backwards: the newest two");
            assertEquals(talk.texts(9, 10), Tagged.texts(talk.ask("CHATHISTORY LATEST " + channel + " msgid="
                    + said.get(7).msgid() + " 8")), "only what came after m8");
            assertEquals(List.of(), talk.ask("CHATHISTORY AFTER " + channel + " msgid=" + said.get(9).msgid() + " 8"),
                    "nothing after the newest: an empty batch");
        });
    }

    @Test
    void subcommandsByTimestamp() {
        assertTimeoutPreemptively(BOUND, () -> {
            Conversation talk = Conversation.start(room, "t", 10);
            String channel = talk.channel();
            String t2 = " timestamp=" + talk.said().get(1).tags().get("time");
            String t5 = " timestamp=" + talk.said().get(4).tags().get("time");
            String t9 = " timestamp=" + talk.said().get(8).tags().get("time");

            assertEquals(talk.texts(1, 4), Tagged.texts(talk.ask("CHATHISTORY BEFORE " + channel + t5 + " 100")),
                    "before t5, t5 excluded");
            assertEquals(talk.texts(6, 8), Tagged.texts(talk.ask("CHATHISTORY AFTER " + channel + t5 + " 3")),
                    "after t5, t5 excluded");
            assertEquals(talk.texts(8, 10), Tagged.texts(talk.ask("CHATHISTORY LATEST " + channel + t5 + " 3")));
            assertEquals(talk.texts(4, 6), Tagged.texts(talk.ask("CHATHISTORY AROUND " + channel + t5 + " 3")));
            assertEquals(talk.texts(3, 8), Tagged.texts(talk.ask("CHATHISTORY BETWEEN " + channel + t2 + t9 + " 100")));
            assertEquals(talk.texts(7, 8), Tagged.texts(talk.ask("CHATHISTORY BETWEEN " + channel + t9 + t2 + " 2")));
            assertEquals(talk.texts(3, 5), Tagged.texts(talk.ask("CHATHISTORY BETWEEN " + channel + t2 + " msgid="
                    + talk.said().get(5).msgid() + " 100")), "a timestamp and a msgid");
            assertEquals(List.of(),
                    talk.ask("CHATHISTORY BEFORE " + channel + " timestamp=2000-01-01T00:00:00.000Z 5"));
        });
    }

    @Test
    void eventPlaybackAddsJoinsAndPartsAndTheClientAsksForHistoryItself() {
        assertTimeoutPreemptively(BOUND, () -> {
            Conversation talk = Conversation.start(room, "p", 2);
            String channel = talk.channel();
            talk.bob().send("PART " + channel + " :bye");
            Tagged part = Tagged.of(talk.ada().await(" PART " + channel));
            assertNotNull(part.msgid(), "every live event has a msgid: " + part);

            RawIrcClient carol = room.ircWith("carol", Conversation.CAPS + " draft/event-playback");
            carol.send("JOIN " + channel);
            List<String> burst = carol.until(" 366 carol ");
            assertFalse(burst.stream().anyMatch(l -> l.contains("BATCH")),
                    "with draft/chathistory the client asks for history: none on JOIN " + burst);
            talk.ada().await(":carol!carol@irc.test JOIN " + channel); // committed: the join is in the log now
            carol.send("CHATHISTORY LATEST " + channel + " * 5");
            List<Tagged> played = Tagged.history(carol, channel);
            assertEquals(List.of("JOIN", "PRIVMSG", "PRIVMSG", "PART", "JOIN"),
                    played.stream().map(Tagged::command).toList(), "bob's join, messages, part; carol's join");
            assertEquals(Tagged.msgids(talk.said()), Tagged.msgids(played.subList(1, 3)));
            assertEquals(part.msgid(), played.get(3).msgid());
            assertEquals(":bob!bob@irc.test PART " + channel + " :bye", played.get(3).rest());
        });
    }

    @Test
    void targetsListsTheChannelsWithMessagesBetweenTwoTimes() {
        assertTimeoutPreemptively(BOUND, () -> {
            Conversation talk = Conversation.start(room, "a", 0);
            String first = talk.channel();
            String second = Conversation.channel("b");
            String quiet = Conversation.channel("c");
            RawIrcClient ada = talk.ada();
            for (String channel : List.of(second, quiet)) {
                IrcRoom.join(ada, "ada", channel);
                IrcRoom.join(talk.bob(), "bob", channel);
            }
            Instant start = Instant.now().minusSeconds(1);
            Tagged one = Conversation.talk(talk.bob(), ada, second, "x", 1).get(0);
            Tagged two = Conversation.talk(talk.bob(), ada, first, "y", 1).get(0);
            ada.send("CHATHISTORY TARGETS timestamp=" + start + " timestamp=" + Instant.now().plusSeconds(1) + " 10");
            List<Tagged> targets = Tagged.batch(ada, "draft/chathistory-targets");
            assertEquals(List.of(":irc.test CHATHISTORY TARGETS " + second + " " + one.tags().get("time"),
                    ":irc.test CHATHISTORY TARGETS " + first + " " + two.tags().get("time")),
                    targets.stream().map(Tagged::rest).toList(), "earliest first; no channel without messages");
        });
    }

    @Test
    void capabilityAndIsupportStateTheLimit() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient ada = room.ircUnregistered();
            ada.send("CAP LS 302");
            assertTrue(ada.line().contains(" draft/chathistory draft/event-playback"));
            ada.send("NICK ada");
            ada.send("USER ada 0 * :Ada");
            ada.send("CAP END");
            String isupport = String.join(" ", ada.until(" 376 ").stream().filter(l -> l.contains(" 005 ")).toList());
            assertTrue(isupport.contains(" CHATHISTORY=" + MAX + " "), isupport);
            assertTrue(isupport.contains(" MSGREFTYPES=msgid,timestamp "), isupport);
        });
    }
}
