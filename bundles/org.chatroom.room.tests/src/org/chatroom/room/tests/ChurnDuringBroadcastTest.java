package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatroom.testing.RawExtendedClient;
import org.chatroom.testing.RawOriginalClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chatroom.protocol.ServerEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The seed lost 97% of messages when members joined and left during a broadcast. Here members come and go (quitting,
 * crashing, leaving mid-handshake) while three senders broadcast, and every member that stays gets every message
 * exactly once, in order, and all of them in the same order.
 */
class ChurnDuringBroadcastTest {

    private static final int SENDERS = 3;
    private static final int MESSAGES = 1500;
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile("s(\\d): m(\\d+);");

    private RoomFixture room;
    private ExecutorService threads;

    @BeforeEach
    void open() throws Exception {
        room = new RoomFixture(RoomFixture.UNLIMITED);
        threads = Executors.newCachedThreadPool();
    }

    @AfterEach
    void close() throws Exception {
        room.close(); // ends the readers blocked on their sockets
        threads.shutdownNow();
        threads.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void joinsAndLeavesDuringHeavyBroadcastLoseNothing() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            List<RawExtendedClient> steadyExtended = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                steadyExtended.add(room.extended("steady" + i));
            }
            List<RawOriginalClient> steadyOriginal = List.of(room.original("old0"), room.original("old1"));
            List<RawExtendedClient> senders = new ArrayList<>();
            for (int s = 0; s < SENDERS; s++) {
                senders.add(room.extended("s" + s));
            }
            List<Future<List<String>>> extendedReceived = new ArrayList<>();
            for (RawExtendedClient member : steadyExtended) {
                extendedReceived.add(threads.submit(() -> collectExtended(member)));
            }
            List<Future<String>> originalReceived = new ArrayList<>();
            for (RawOriginalClient member : steadyOriginal) {
                originalReceived.add(threads.submit(() -> collectOriginal(member.input())));
            }
            for (RawExtendedClient sender : senders) {
                threads.submit(() -> drain(sender));
            }

            AtomicBoolean churning = new AtomicBoolean(true);
            List<Future<Integer>> churners = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                int churner = c;
                churners.add(threads.submit(() -> churn(churner, churning)));
            }
            List<Future<?>> sending = new ArrayList<>();
            for (int s = 0; s < SENDERS; s++) {
                RawExtendedClient sender = senders.get(s);
                sending.add(threads.submit(() -> {
                    for (int m = 0; m < MESSAGES; m++) {
                        sender.send("MSG m" + m + ";");
                        if (m % 25 == 24) {
                            Thread.sleep(10); // spread the broadcast so that churn overlaps it
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> send : sending) {
                send.get();
            }
            churning.set(false);
            int cycles = 0;
            for (Future<Integer> churner : churners) {
                cycles += churner.get();
            }
            assertTrue(cycles >= 3, "members came and went during the broadcast: " + cycles);

            List<String> firstOrder = null;
            for (Future<List<String>> received : extendedReceived) {
                List<String> messages = received.get();
                assertInOrderExactlyOnce(messages);
                if (firstOrder == null) {
                    firstOrder = messages;
                } else {
                    assertEquals(firstOrder, messages, "every member sees the same order");
                }
            }
            for (Future<String> received : originalReceived) {
                List<String> messages = new ArrayList<>();
                Matcher matcher = ORIGINAL_MESSAGE.matcher(received.get());
                while (matcher.find()) {
                    messages.add("s" + matcher.group(1) + " m" + matcher.group(2) + ";");
                }
                assertInOrderExactlyOnce(messages);
                assertEquals(firstOrder, messages, "original members see the same order as extended ones");
            }
        });
    }

    private static void assertInOrderExactlyOnce(List<String> messages) {
        assertEquals(SENDERS * MESSAGES, messages.size(), "message count");
        int[] next = new int[SENDERS];
        for (String message : messages) {
            int sender = message.charAt(1) - '0';
            String expected = "s" + sender + " m" + next[sender] + ";";
            assertEquals(expected, message, "per-sender order");
            next[sender]++;
        }
    }

    /** Reads MSG lines from senders until all arrived; other events (joins, leaves) are skipped. */
    private static List<String> collectExtended(RawExtendedClient member) throws Exception {
        List<String> messages = new ArrayList<>();
        while (messages.size() < SENDERS * MESSAGES) {
            ServerEvent event = member.event();
            if (event instanceof ServerEvent.Msg msg && msg.name().startsWith("s")) {
                messages.add(msg.name() + " " + msg.text());
            }
        }
        return messages;
    }

    /** Reads the raw stream until the last message of every sender arrived. */
    private static String collectOriginal(InputStream in) throws IOException {
        StringBuilder text = new StringBuilder();
        byte[] buffer = new byte[16 * 1024];
        int seen = 0;
        while (seen < SENDERS) {
            int count = in.read(buffer);
            if (count < 0) {
                break;
            }
            text.append(new String(buffer, 0, count, StandardCharsets.UTF_8));
            seen = 0;
            for (int s = 0; s < SENDERS; s++) {
                if (text.indexOf("s" + s + ": m" + (MESSAGES - 1) + ";") >= 0) {
                    seen++;
                }
            }
        }
        return text.toString();
    }

    private static void drain(RawExtendedClient sender) {
        try {
            while (true) {
                sender.line();
            }
        } catch (IOException e) {
            // closed at the end of the test
        }
    }

    /**
     * Joins and leaves in every way there is until told to stop; @return cycles done. Each cycle comes from the next
     * of 240 loopback addresses (127.0.0.10 and up, shared round robin by the churners), as members of a busy room
     * come from many hosts: one address reconnecting this fast would be refused by the transport's rate limit.
     */
    private int churn(int churner, AtomicBoolean churning) throws Exception {
        int cycle = 0;
        while (churning.get()) {
            String name = "c" + churner + "x" + cycle;
            InetAddress from = InetAddress.getByName("127.0.0." + (10 + (cycle * 3 + churner) % 240));
            switch (cycle % 4) {
            case 0 -> {
                RawOriginalClient client = RawOriginalClient.joinFrom(room.address, name, from);
                client.send("{quit}");
                client.readToEnd();
                client.close();
            }
            case 1 -> RawExtendedClient.join(room.address, name, from).close();
            case 2 -> RawOriginalClient.connectPromptedFrom(room.address, from).close();
            default -> {
                RawExtendedClient client = RawExtendedClient.join(room.address, name, from);
                client.send("QUIT");
                while (!(client.event() instanceof ServerEvent.Bye)) {
                    // skip the broadcast up to the goodbye
                }
                client.close();
            }
            }
            cycle++;
        }
        return cycle;
    }
}
