package org.chatroom.irc.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.chatroom.testing.RawIrcClient;

/**
 * Two IRC clients in a channel of their own (a new room, so the rooms' durable log from other tests is not in its
 * history): {@code ada} with the history capabilities ({@link #CAPS}), {@code bob} with {@code echo-message}; and
 * what bob said, as ada heard it live.
 */
record Conversation(String channel, RawIrcClient ada, RawIrcClient bob, List<Tagged> said) {

    static final String CAPS = "batch server-time message-tags draft/chathistory";

    /** Opens the channel {@code #STEMnnn}, then bob says {@code STEM1}... {@code STEMcount} (see {@link #talk}). */
    static Conversation start(IrcRoom room, String stem, int count) throws IOException {
        String channel = channel(stem);
        RawIrcClient ada = room.ircWith("ada", CAPS);
        IrcRoom.join(ada, "ada", channel);
        RawIrcClient bob = room.ircWith("bob", "echo-message");
        IrcRoom.join(bob, "bob", channel);
        return new Conversation(channel, ada, bob, talk(bob, ada, channel, stem, count));
    }

    static String channel(String stem) {
        return "#" + stem + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
    }

    /**
     * {@code bob} says {@code STEM1}... in {@code channel}, each a millisecond at least after the one before (so that
     * times order them), and {@code ada} hears each live; @return what she heard, in order
     */
    static List<Tagged> talk(RawIrcClient bob, RawIrcClient ada, String channel, String stem, int count)
            throws IOException {
        List<Tagged> heard = new ArrayList<>();
        Instant previous = Instant.EPOCH;
        for (int i = 1; i <= count; i++) {
            long deadline = System.nanoTime() + 1_000_000_000L;
            while (!Instant.now().truncatedTo(ChronoUnit.MILLIS).isAfter(previous) && System.nanoTime() < deadline) {
                Thread.onSpinWait(); // waits for the clock, not for the server
            }
            bob.send("PRIVMSG " + channel + " :" + stem + i);
            Tagged line = Tagged.of(ada.await(" PRIVMSG " + channel + " :" + stem + i + "$"));
            assertNotNull(line.msgid(), "a live message carries its msgid with message-tags: " + line);
            previous = line.time();
            heard.add(line);
        }
        return heard;
    }

    /** The texts of messages {@code from} to {@code to} (counted from 1) as said. */
    List<String> texts(int from, int to) {
        return Tagged.texts(said.subList(from - 1, to));
    }

    /** Sends {@code request} as ada and reads her answer, a {@code chathistory} batch of the channel. */
    List<Tagged> ask(String request) throws IOException {
        ada.send(request);
        return Tagged.history(ada, channel);
    }
}
