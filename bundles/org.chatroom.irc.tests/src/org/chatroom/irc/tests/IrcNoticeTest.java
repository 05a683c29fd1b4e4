package org.chatroom.irc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.chatroom.protocol.ServerEvent;
import org.chatroom.testing.RawExtendedClient;
import org.chatroom.testing.RawIrcClient;
import org.chatroom.testing.RawOriginalClient;
import org.junit.jupiter.api.Test;

/**
 * A {@code NOTICE} to a channel is the room's notice: IRC users get it as {@code NOTICE}, live, echoed and in the
 * chat history (it reached them as {@code PRIVMSG}, to which bots may answer, so two bots could answer each other
 * forever), members of the other protocols as a message. To a nick it is a private notice: a NOTICE to IRC users
 * (echoed as one), a private message to the others, without the away reply.
 */
class IrcNoticeTest extends IrcRoomTest {

    @Override
    Map<String, Object> roomSettings() {
        return Map.of("rate.per.second", 0.0);
    }

    @Test
    void aChannelNoticeIsANoticeToIrcUsersAndAMessageToTheOthers() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawOriginalClient carol = room.original("carol");
            RawExtendedClient alice = room.extended("alice");
            RawIrcClient bot = room.ircWith("bot", "echo-message");
            IrcRoom.join(bot, "bot", "#general");
            RawIrcClient ada = room.ircWith("ada", Conversation.CAPS);
            IrcRoom.join(ada, "ada", "#general");
            for (String joined : List.of("alice", "bot", "ada")) {
                carol.expect(joined + " joined the chat");
            }

            bot.send("NOTICE #general :build 42 finished");
            assertEquals(":bot!bot@irc.test NOTICE #general :build 42 finished", bot.await(" NOTICE "), "echoed");
            String heard = ada.await(" NOTICE #general ");
            assertTrue(heard.endsWith(" :bot!bot@irc.test NOTICE #general :build 42 finished"), heard);
            carol.expect("bot: build 42 finished");
            ServerEvent event;
            do { // the joins of bot and ada first
                event = alice.event();
            } while (event instanceof ServerEvent.Join);
            ServerEvent.Msg msg = assertInstanceOf(ServerEvent.Msg.class, event);
            assertEquals(List.of("bot", "build 42 finished"), List.of(msg.name(), msg.text()));
            bot.send("PRIVMSG #general :and a message");
            ada.await(" PRIVMSG #general :and a message");

            ada.send("CHATHISTORY LATEST #general * 2");
            List<String> batch = ada.until("BATCH -");
            assertTrue(batch.get(1).endsWith(" :bot!bot@irc.test NOTICE #general :build 42 finished"), "" + batch);
            assertTrue(batch.get(2).endsWith(" :bot!bot@irc.test PRIVMSG #general :and a message"), "" + batch);

        });
    }

    @Test
    void aPrivateNoticeIsANoticeToIrcUsersAndAPrivateMessageToTheOthers() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawOriginalClient carol = room.original("carol");
            RawExtendedClient alice = room.extended("alice");
            carol.expect("alice joined the chat");
            RawIrcClient bot = room.ircWith("bot", "echo-message");
            RawIrcClient ada = room.ircWith("ada", Conversation.CAPS);
            ada.send("AWAY :out for lunch");
            ada.await(" 306 ");

            bot.send("NOTICE ada :your build is done");
            assertTrue(ada.await(" ada :your build is done").contains(":bot!bot@irc.test NOTICE ada :"),
                    "a NOTICE, which a bot does not answer (a PRIVMSG could start two bots answering each other)");
            assertEquals(":bot!bot@irc.test NOTICE ada :your build is done", bot.await(" ada :your build"),
                    "echoed as a notice");
            bot.send("PING after");
            List<String> toBot = bot.until(" PONG ");
            assertTrue(toBot.stream().noneMatch(line -> line.contains(" 301 ")), "no away reply to a notice: " + toBot);

            bot.send("NOTICE carol :your build is done");
            carol.expect("(private) bot: your build is done");
            bot.send("NOTICE alice :your build is done");
            ServerEvent event;
            do { // the room's events before it
                event = alice.event();
            } while (!(event instanceof ServerEvent.Priv));
            ServerEvent.Priv priv = (ServerEvent.Priv) event;
            assertEquals(List.of("bot", "alice", "your build is done"), List.of(priv.from(), priv.to(), priv.text()),
                    "the other protocols have no notices: a private message");
            bot.send("NOTICE nobody :are you there");
            bot.send("PING nobody");
            List<String> refusals = bot.until(" PONG ");
            assertTrue(refusals.stream().noneMatch(line -> line.contains(" 401 ")),
                    "NOTICE gets no error: " + refusals);
        });
    }
}
