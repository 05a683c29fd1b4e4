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
 * {@code chathistory.scan.events} bounds what one request reads of the log: messages behind more joins and parts than
 * that are not reached by it, and a request that finds nothing within it is told so ({@code MESSAGE_ERROR}), not
 * answered with an empty batch, which would say that the history ends there.
 */
class ChatHistoryScanTest extends IrcRoomTest {

    private static final int SCAN = 5;

    @Override
    Map<String, Object> roomSettings() {
        return Map.of("rate.per.second", 0.0);
    }

    @Override
    Map<String, Object> ircSettings() {
        return Map.of("chathistory.scan.events", SCAN);
    }

    @Test
    void aRequestReadsAtMostTheScanLimit() {
        assertTimeoutPreemptively(BOUND, () -> {
            Conversation talk = Conversation.start(room, "s", 1);
            String channel = talk.channel();
            RawIrcClient carol = room.irc("carol");
            List<String> joins = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                carol.send("JOIN " + channel);
                joins.add(Tagged.of(talk.ada().await(":carol!carol@irc.test JOIN " + channel)).msgid()); // committed
                carol.send("PART " + channel);
                talk.ada().await(":carol!carol@irc.test PART " + channel);
            }
            List<Tagged> last = Conversation.talk(talk.bob(), talk.ada(), channel, "late", 1);

            assertEquals(List.of("late1"), Tagged.texts(talk.ask("CHATHISTORY LATEST " + channel + " * 10")),
                    "s1 lies behind six joins and parts: beyond the " + SCAN + " events one request reads");
            RawIrcClient ada = talk.ada();
            ada.send("CHATHISTORY BEFORE " + channel + " msgid=" + last.get(0).msgid() + " 10");
            String refused = ada.line();
            assertTrue(refused.startsWith(":irc.test FAIL CHATHISTORY MESSAGE_ERROR BEFORE " + channel + " :"),
                    "paging on reads only joins and parts: not an empty batch, which would say there is no more "
                            + refused);
            assertEquals(List.of("s1"), Tagged.texts(talk.ask("CHATHISTORY BEFORE " + channel + " msgid="
                    + joins.get(0) + " 10")), "from further back (carol's first join, as ada saw it live): found");
        });
    }
}
