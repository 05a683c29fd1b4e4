package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatroom.testing.RawExtendedClient;
import org.chatroom.testing.RawOriginalClient;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chatroom.protocol.ServerEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing a real room on the real TCP transport: several connections send seeded random and mutated input (see
 * {@link FuzzInputs}) while two well-behaved members, one original and one extended, exchange numbered messages.
 * Bounded by a fixed number of connections and chunks per fuzzer. The room must stay up (new members still join
 * and talk at the end), both members must get every numbered message exactly once and in order and no error, and
 * the fuzzers' errors and disconnects must stay theirs.
 */
class ProtocolFuzzRoomTest {

    private static final long SEED = 0xF022_2026L;
    private static final int FUZZERS = 4;
    private static final int CONNECTIONS_PER_FUZZER = 40;
    private static final int MESSAGES = 30;
    /** In the well-behaved messages only: nothing a fuzzer sends contains it. */
    private static final String MARK = "wb7Q";
    private static final Pattern RELAYED = Pattern.compile("(alice|bob): " + MARK + "-([ab])-(\\d{3}|end)");

    private RoomFixture room;
    private ExecutorService threads;

    @AfterEach
    void close() throws Exception {
        if (threads != null) {
            threads.shutdownNow();
        }
        if (room != null) {
            room.close();
        }
    }

    @Test
    void fuzzedRoomStaysUpAndWellBehavedMembersLoseNothing() {
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            room = new RoomFixture(RoomFixture.PRODUCT_DEFAULTS);
            threads = Executors.newCachedThreadPool();
            RawOriginalClient alice = room.original("alice");
            RawExtendedClient bob = room.extended("bob");
            alice.expect("bob joined the chat");

            Future<List<String>> aliceGot = threads.submit(() -> readOriginal(alice));
            Future<List<ServerEvent>> bobGot = threads.submit(() -> readExtended(bob));
            List<Future<FuzzingConnection.Seen>> fuzzers = new ArrayList<>();
            for (int i = 0; i < FUZZERS; i++) {
                FuzzInputs inputs = new FuzzInputs(SEED + i, "fz" + i);
                fuzzers.add(threads.submit(new FuzzingConnection(room.address, inputs, CONNECTIONS_PER_FUZZER)));
            }
            Future<?> aliceSends = threads.submit(() -> send(n -> alice.send(MARK + "-a-" + n + "\n")));
            Future<?> bobSends = threads.submit(() -> send(n -> bob.send("MSG " + MARK + "-b-" + n)));

            int closed = 0;
            int errors = 0;
            long bytes = 0;
            for (Future<FuzzingConnection.Seen> fuzzer : fuzzers) {
                FuzzingConnection.Seen seen = fuzzer.get(60, TimeUnit.SECONDS);
                closed += seen.closedByServer();
                errors += seen.errorReplies();
                bytes += seen.bytesSent();
            }
            aliceSends.get(30, TimeUnit.SECONDS);
            bobSends.get(30, TimeUnit.SECONDS);
            alice.send(MARK + "-a-end\n");
            bob.send("MSG " + MARK + "-b-end");

            String context = "seed " + SEED + ", " + bytes + " fuzz bytes";
            List<String> expectedA = numbered("a");
            List<String> expectedB = numbered("b");
            List<String> atAlice = aliceGot.get(30, TimeUnit.SECONDS);
            assertEquals(expectedA, only(atAlice, "a"), "alice's own messages as alice saw them, " + context);
            assertEquals(expectedB, only(atAlice, "b"), "bob's messages as alice saw them, " + context);
            List<String> atBob = new ArrayList<>();
            for (ServerEvent event : bobGot.get(30, TimeUnit.SECONDS)) {
                ServerEvent.Msg msg = (ServerEvent.Msg) event;
                atBob.add(msg.name() + ": " + msg.text());
            }
            assertEquals(expectedA, only(atBob, "a"), "alice's messages as bob saw them, " + context);
            assertEquals(expectedB, only(atBob, "b"), "bob's own messages as bob saw them, " + context);
            assertTrue(errors > 0 && closed > 0,
                    "the fuzzers reached the parser: " + errors + " error replies, " + closed + " closed, " + context);

            RawOriginalClient carol = room.original("carol");
            RawExtendedClient dave = room.extended("dave");
            carol.send("still here");
            readUntil(carol, "carol: still here");
            ServerEvent event;
            int skipped = 0;
            do {
                event = dave.event();
                assertTrue(skipped++ < 10_000, "dave never got carol's message");
            } while (!(event instanceof ServerEvent.Msg));
            assertEquals("still here", ((ServerEvent.Msg) event).text(), "a member joining after the fuzzing talks");
        });
    }

    private interface Sender {
        void send(String number) throws IOException;
    }

    /** Sends the numbered messages spread over the fuzzing (10 a second, under the default rate limit). */
    private static Void send(Sender sender) throws IOException, InterruptedException {
        for (int n = 0; n < MESSAGES; n++) {
            sender.send(String.format("%03d", n));
            Thread.sleep(100);
        }
        return null;
    }

    private static List<String> numbered(String who) {
        List<String> expected = new ArrayList<>();
        String name = who.equals("a") ? "alice" : "bob";
        for (int n = 0; n < MESSAGES; n++) {
            expected.add(name + ": " + MARK + "-" + who + "-" + String.format("%03d", n));
        }
        expected.add(name + ": " + MARK + "-" + who + "-end");
        return expected;
    }

    private static List<String> only(List<String> relayed, String who) {
        return relayed.stream().filter(line -> line.contains(MARK + "-" + who + "-")).toList();
    }

    /**
     * Alice's stream (original protocol: no framing) until both end markers came: the well-behaved messages in
     * the order they arrived. Any {@code Error:} for alice fails the test.
     */
    private static List<String> readOriginal(RawOriginalClient alice) throws IOException {
        Reader in = new InputStreamReader(alice.input(), StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder();
        List<String> found = new ArrayList<>();
        char[] buffer = new char[8192];
        int ends = 0;
        while (ends < 2) {
            int n = in.read(buffer);
            if (n < 0) {
                throw new IOException("alice was disconnected after " + found.size() + " messages");
            }
            text.append(buffer, 0, n);
            if (text.indexOf("Error: ") >= 0) {
                throw new IOException("alice got an error: " + text.substring(text.indexOf("Error: ")));
            }
            Matcher matcher = RELAYED.matcher(text);
            int consumed = 0;
            while (matcher.find()) {
                found.add(matcher.group());
                ends += matcher.group(3).equals("end") ? 1 : 0;
                consumed = matcher.end();
            }
            text.delete(0, Math.max(consumed, text.length() - 64));
        }
        return found;
    }

    /** Bob's lines until both end markers came: every line must parse; an ERR or BYE for bob fails the test. */
    private static List<ServerEvent> readExtended(RawExtendedClient bob) throws Exception {
        List<ServerEvent> found = new ArrayList<>();
        int ends = 0;
        while (ends < 2) {
            ServerEvent event = bob.event();
            if (event instanceof ServerEvent.Err || event instanceof ServerEvent.Bye) {
                throw new IOException("bob got " + event.toLine());
            }
            if (event instanceof ServerEvent.Msg msg && msg.text().startsWith(MARK + "-")
                    && (msg.name().equals("alice") || msg.name().equals("bob"))) {
                found.add(msg);
                ends += msg.text().endsWith("-end") ? 1 : 0;
            }
        }
        return found;
    }

    private static void readUntil(RawOriginalClient client, String text) throws IOException {
        Reader in = new InputStreamReader(client.input(), StandardCharsets.UTF_8);
        StringBuilder got = new StringBuilder();
        char[] buffer = new char[4096];
        while (got.indexOf(text) < 0) {
            int n = in.read(buffer);
            if (n < 0) {
                throw new IOException("closed before " + text + ": " + got);
            }
            got.append(buffer, 0, n);
        }
    }
}
