package org.chatroom.irc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.chatroom.irc.internal.wire.MsgId;
import org.chatroom.testing.RawIrcClient;
import org.junit.jupiter.api.Test;

/**
 * {@code CHATHISTORY} refusals as standard replies ({@code FAIL CHATHISTORY code ...}), each harming nobody: missing
 * parameters, unknown subcommands, channels unknown or not joined, bad references and limits; a nick as target (the
 * rooms keep no private messages) gets an empty batch.
 */
class ChatHistoryErrorsTest extends IrcRoomTest {

    @Override
    Map<String, Object> roomSettings() {
        return Map.of("rate.per.second", 0.0);
    }

    @Test
    void eachRefusalNamesItsCodeAndTheConnectionGoesOn() {
        assertTimeoutPreemptively(BOUND, () -> {
            Conversation talk = Conversation.start(room, "e", 1);
            String channel = talk.channel();
            String elsewhere = Conversation.channel("other");
            RawIrcClient ada = talk.ada();
            RawIrcClient bob = talk.bob();
            IrcRoom.join(bob, "bob", elsewhere);
            String said = talk.said().get(0).msgid();

            for (String[] refusal : new String[][] {
                    { "CHATHISTORY", "NEED_MORE_PARAMS *" },
                    { "CHATHISTORY LATEST " + channel + " *", "NEED_MORE_PARAMS LATEST" },
                    { "CHATHISTORY BETWEEN " + channel + " * 5", "NEED_MORE_PARAMS BETWEEN" },
                    { "CHATHISTORY FROB " + channel + " * 5", "UNKNOWN_COMMAND FROB" },
                    { "CHATHISTORY LATEST #nosuchroom * 5", "INVALID_TARGET LATEST #nosuchroom" },
                    { "CHATHISTORY LATEST " + elsewhere + " * 5", "INVALID_TARGET LATEST " + elsewhere },
                    { "CHATHISTORY BEFORE " + channel + " msgid=garbage 5", "INVALID_PARAMS BEFORE msgid=garbage" },
                    { "CHATHISTORY BEFORE " + channel + " msgid=" + MsgId.of(elsewhere.substring(1), "", 1) + " 5",
                            "INVALID_PARAMS BEFORE msgid=" + MsgId.of(elsewhere.substring(1), "", 1) },
                    { "CHATHISTORY AFTER " + channel + " timestamp=yesterday 5",
                            "INVALID_PARAMS AFTER timestamp=yesterday" },
                    { "CHATHISTORY AFTER " + channel + " * 5", "INVALID_PARAMS AFTER *" },
                    { "CHATHISTORY AFTER " + channel + " msgid=" + said + " 0", "INVALID_PARAMS AFTER 0" },
                    { "CHATHISTORY AFTER " + channel + " msgid=" + said + " many", "INVALID_PARAMS AFTER many" },
                    { "CHATHISTORY AFTER " + channel + " msgid=" + said + " -3", "INVALID_PARAMS AFTER -3" },
                    { "CHATHISTORY TARGETS msgid=" + said + " timestamp=2000-01-01T00:00:00.000Z 5",
                            "INVALID_PARAMS TARGETS" } }) {
                ada.send(refusal[0]);
                String line = ada.line();
                assertTrue(line.startsWith(":irc.test FAIL CHATHISTORY " + refusal[1] + " :"),
                        refusal[0] + " -> " + line);
            }
            ada.send("CHATHISTORY LATEST bob * 5");
            assertEquals(List.of(), Tagged.history(ada, "bob"), "no private history is kept: an empty batch");
            ada.send("CHATHISTORY LATEST * * 5");
            assertEquals(List.of(), Tagged.history(ada, "*"));

            assertEquals(List.of("e1"), Tagged.texts(talk.ask("CHATHISTORY LATEST " + channel + " * 5")),
                    "and then it works");
            bob.send("PING nothing-reached-bob");
            assertEquals(":irc.test PONG irc.test nothing-reached-bob", bob.line());
        });
    }
}
