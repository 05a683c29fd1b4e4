package org.chatroom.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatroom.testing.HostedRoom;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.ConnectionState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Lines a user types while the room floods at 5,000 messages/s must all arrive: sent from a thread that is not the
 * transport's, they reach the room and come back once each, in order.
 */
@Timeout(90)
class FloodTest {

    private static final int TYPED = 60;
    /** Flood messages that arrive between two typed lines, at least. */
    private static final int FLOOD_BETWEEN = 20;
    private static final int FLOODERS = 4;
    /** 4 members x 25 lines every 20 ms = 5,000 messages/s into the room. */
    private static final int LINES_PER_TICK = 25;
    private static final long TICK_MILLIS = 20;

    /** An original-protocol member on a raw socket that sends at a steady pace and reads everything it is sent. */
    private static final class Flooder implements AutoCloseable {
        private final Socket socket;
        private final Thread reader;
        private final Thread writer;
        /** Counted down once the room's welcome arrived: the member has joined, its lines are messages. */
        private final CountDownLatch welcomed = new CountDownLatch(1);

        Flooder(int port, String name, AtomicBoolean flooding) throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write((name).getBytes(StandardCharsets.UTF_8));
            reader = new Thread(() -> drain(socket, welcomed), name + "-reader");
            writer = new Thread(() -> flood(socket, name, flooding, welcomed), name + "-writer");
            reader.start();
            writer.start();
        }

        private static void drain(Socket socket, CountDownLatch welcomed) {
            byte[] buffer = new byte[64 * 1024];
            StringBuilder greeting = new StringBuilder();
            try (InputStream in = socket.getInputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    // keep reading, so the room never has to cut this member off
                    if (welcomed.getCount() > 0) {
                        greeting.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                        if (greeting.indexOf(" to leave.") >= 0) {
                            welcomed.countDown();
                        }
                    }
                }
            } catch (IOException e) {
                // closed by the test
            }
        }

        private static void flood(Socket socket, String name, AtomicBoolean flooding, CountDownLatch welcomed) {
            try {
                if (!welcomed.await(10, TimeUnit.SECONDS)) {
                    return; // never joined: the test fails waiting for the flood
                }
                OutputStream out = socket.getOutputStream();
                byte[] tick = ("flood from " + name + " with some padding to make it a realistic line\n")
                        .repeat(LINES_PER_TICK).getBytes(StandardCharsets.UTF_8);
                long next = System.nanoTime();
                while (flooding.get()) {
                    out.write(tick);
                    next += TICK_MILLIS * 1_000_000;
                    long sleep = (next - System.nanoTime()) / 1_000_000;
                    if (sleep > 0) {
                        Thread.sleep(sleep);
                    }
                }
            } catch (IOException | InterruptedException e) {
                // closed by the test
            }
        }

        @Override
        public void close() throws Exception {
            socket.close();
            reader.join(5000);
            writer.join(5000);
        }
    }

    private static int indexOf(List<ChatEvent> events, String typed) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).from().equals("typist") && events.get(i).text().equals(typed)) {
                return i;
            }
        }
        throw new AssertionError("never came back: " + typed);
    }

    @Test
    void everyTypedLineArrivesOnceInOrderDuringAFlood() throws Exception {
        AtomicBoolean flooding = new AtomicBoolean(true);
        List<Flooder> flooders = new ArrayList<>();
        // the memory log: an unpaced flood outruns a durable log's disk, which then refuses lines ("overloaded") to
        // every sender, the typist included; this test is about the client, not the log's capacity
        try (HostedRoom room = new HostedRoom(
                Map.of("rate.per.second", "0", "roomlog.target", "(chat.roomlog=memory)"));
                ClientFixture fixture = new ClientFixture()) {
            fixture.client.connect(new ClientSettings("127.0.0.1", room.port, "typist"));
            fixture.listener.awaitState(ConnectionState.CONNECTED, Duration.ofSeconds(10));
            for (int i = 0; i < FLOODERS; i++) {
                flooders.add(new Flooder(room.port, "flooder" + i, flooding));
            }
            fixture.listener.awaitEvent(e -> e.kind() == Kind.MESSAGE && e.from().startsWith("flooder"),
                    Duration.ofSeconds(10));
            // the user types the next line once the last one is back and the flood has gone on meanwhile (at least
            // FLOOD_BETWEEN messages): the typed lines spread over the flood, however fast the machine
            Predicate<ChatEvent> flood = e -> e.kind() == Kind.MESSAGE && e.from().startsWith("flooder");
            long floods = 0;
            for (int i = 0; i < TYPED; i++) {
                String line = "typed " + i;
                assertTrue(fixture.client.send(line), "line " + i + " accepted");
                fixture.listener.awaitEvent(e -> e.kind() == Kind.MESSAGE && e.from().equals("typist")
                        && e.text().equals(line), Duration.ofSeconds(30));
                floods = fixture.listener.awaitCount(flood, floods + FLOOD_BETWEEN, Duration.ofSeconds(30));
            }
            ChatEvent last = fixture.listener.awaitEvent(
                    e -> e.kind() == Kind.MESSAGE && e.from().equals("typist") && e.text().equals("typed " + (TYPED - 1)),
                    Duration.ofSeconds(30));
            flooding.set(false);
            List<String> typed = fixture.listener.events().stream()
                    .filter(e -> e.kind() == Kind.MESSAGE && e.from().equals("typist")).map(ChatEvent::text).toList();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < TYPED; i++) {
                expected.add("typed " + i);
            }
            assertEquals(expected, typed, "every typed line came back once, in order");
            assertEquals(ConnectionState.CONNECTED, fixture.client.state(), "never cut off: " + last);
            List<ChatEvent> seen = fixture.listener.events();
            int first = indexOf(seen, "typed 0");
            int lastTyped = indexOf(seen, "typed " + (TYPED - 1));
            long during = seen.subList(first, lastTyped).stream().filter(flood).count();
            assertTrue(during >= (long) FLOOD_BETWEEN * (TYPED - 2),
                    "the typed lines came back while the room was flooding: " + during + " flood messages among them");
        } finally {
            flooding.set(false);
            for (Flooder flooder : flooders) {
                flooder.close();
            }
        }
    }
}
