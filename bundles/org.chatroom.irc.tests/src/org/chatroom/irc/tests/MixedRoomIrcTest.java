package org.chatroom.irc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chatroom.protocol.ServerEvent;
import org.chatroom.testing.RawExtendedClient;
import org.chatroom.testing.RawIrcClient;
import org.chatroom.testing.RawOriginalClient;
import org.junit.jupiter.api.Test;

/**
 * An IRC user, an original client and an extended client in one room, all talking at once: each sees every message,
 * in the same order; then actions, topic and nick changes cross between the protocols.
 */
class MixedRoomIrcTest extends IrcRoomTest {

    private static final int EACH = 30;
    private static final Pattern SAID = Pattern.compile("(carol|alice|ircy): ([cai]\\d\\d)");

    @Override
    Map<String, Object> roomSettings() {
        return Map.of("rate.per.second", 0.0);
    }

    @Test
    void threeProtocolsSeeOneOrder() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawOriginalClient carol = room.original("carol");
            RawExtendedClient alice = room.extended("alice");
            carol.expect("alice joined the chat");
            RawIrcClient ircy = room.ircUnregistered();
            ircy.send("CAP REQ echo-message");
            ircy.send("NICK ircy");
            ircy.send("USER ircy 0 * :Ircy");
            ircy.send("CAP END");
            ircy.send("JOIN #general");
            ircy.await(" 366 ircy #general ");
            carol.expect("ircy joined the chat");
            assertEquals("ircy", alice.expect(ServerEvent.Join.class).name());

            ExecutorService senders = Executors.newFixedThreadPool(6);
            try {
                List<Future<?>> sent = new ArrayList<>();
                sent.add(senders.submit(() -> send(i -> carol.send(String.format("c%02d\n", i)))));
                sent.add(senders.submit(() -> send(i -> alice.send(String.format("MSG a%02d", i)))));
                sent.add(senders.submit(() -> send(i -> ircy.send(String.format("PRIVMSG #general :i%02d", i)))));
                Future<List<String>> byCarol = senders.submit(readOriginal(carol.input()));
                Future<List<String>> byAlice = senders.submit(() -> {
                    List<String> seen = new ArrayList<>();
                    while (seen.size() < 3 * EACH) {
                        ServerEvent.Msg msg = alice.expect(ServerEvent.Msg.class);
                        seen.add(msg.name() + ": " + msg.text());
                    }
                    return seen;
                });
                Future<List<String>> byIrcy = senders.submit(() -> {
                    List<String> seen = new ArrayList<>();
                    while (seen.size() < 3 * EACH) {
                        String line = ircy.await("PRIVMSG #general :");
                        seen.add(line.substring(1, line.indexOf('!')) + ": " + line.substring(line.indexOf(" :") + 2));
                    }
                    return seen;
                });
                for (Future<?> done : sent) {
                    done.get();
                }
                List<String> order = byCarol.get();
                assertEquals(3 * EACH, order.size());
                assertEquals(order, byAlice.get(), "the extended client saw the original client's order");
                assertEquals(order, byIrcy.get(), "the IRC client saw the original client's order");
            } finally {
                senders.shutdownNow();
            }

            ircy.send("PRIVMSG #general :\u0001ACTION waves\u0001");
            carol.expect("* ircy waves");
            assertEquals("waves", alice.expect(ServerEvent.Me.class).text());
            alice.send("TOPIC from the extended side");
            assertEquals(":alice!alice@irc.test TOPIC #general :from the extended side", ircy.await("TOPIC"));
            carol.expect("alice set the topic: from the extended side");
            assertEquals("from the extended side", alice.expect(ServerEvent.Topic.class).text());
            ircy.send("NICK irene");
            carol.expect("ircy is now known as irene");
            ServerEvent.Nick nick = alice.expect(ServerEvent.Nick.class);
            assertEquals(List.of("ircy", "irene"), List.of(nick.oldName(), nick.newName()));
            carol.send("{quit}");
            assertEquals(":carol!carol@irc.test QUIT :quit", ircy.await("QUIT")); // left the server: not a PART
        });
    }

    private interface Sender {
        void send(int i) throws Exception;
    }

    private static Void send(Sender sender) throws Exception {
        for (int i = 0; i < EACH; i++) {
            sender.send(i);
        }
        return null;
    }

    /** The original protocol has no separator: the messages are read off the byte stream by their shape. */
    private static Callable<List<String>> readOriginal(InputStream in) {
        return () -> {
            StringBuilder text = new StringBuilder();
            byte[] buffer = new byte[4096];
            List<String> seen = new ArrayList<>();
            while (seen.size() < 3 * EACH) {
                int read = in.read(buffer);
                if (read < 0) {
                    throw new AssertionError("closed after " + seen);
                }
                text.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                seen.clear();
                Matcher matcher = SAID.matcher(text);
                while (matcher.find()) {
                    seen.add(matcher.group(1) + ": " + matcher.group(2));
                }
            }
            return seen;
        };
    }
}
