package org.chatroom.transport.tls.tests;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.room.HostSettings;
import org.chatroom.api.room.RoomHost;
import org.chatroom.testing.Services;
import org.junit.jupiter.api.Test;

/**
 * Slowloris through the room as the product runs it: one address (127.0.0.2) opens connection after connection, up
 * to 10,000 in a bounded time, and trickles bytes on those it keeps (a character that never completes), while
 * members from 127.0.0.3 and 127.0.0.4 join and chat with nothing lost. The transport's default limits admit a
 * modest number from the one address and tell every other attempt why.
 */
class SlowlorisRoomTest {

    private static final int ATTEMPTS = 10_000;
    private static final long ATTACK_SECONDS = 60;
    private static final int MESSAGES = 25;
    private static final String PROMPT = "Please enter your name and press Enter";
    /** The start of a four-byte character, trickled one byte at a time and never finished. */
    private static final byte[] TRICKLE = { (byte) 0xF0, (byte) 0x9F, (byte) 0x98 };

    /** Opens connections from 127.0.0.2 until told to stop; keeps the admitted ones and trickles bytes on them. */
    private static final class Attack implements Runnable {
        final InetSocketAddress room;
        final CountDownLatch underWay = new CountDownLatch(1000);
        final CompletableFuture<Void> done = new CompletableFuture<>();
        final List<Socket> kept = new ArrayList<>();
        volatile boolean stop;
        int attempts;
        int refused;
        String refusal;

        Attack(InetSocketAddress room) {
            this.room = room;
        }

        @Override
        public void run() {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(ATTACK_SECONDS);
            try {
                while (attempts < ATTEMPTS && !stop && System.nanoTime() < deadline) {
                    attempt();
                    attempts++;
                    underWay.countDown();
                    if (attempts % 100 == 0) {
                        trickle(attempts / 100);
                    }
                }
                done.complete(null);
            } catch (IOException | RuntimeException e) {
                done.completeExceptionally(e);
            } finally {
                for (int i = 0; i < 1000; i++) {
                    underWay.countDown();
                }
                kept.forEach(SlowlorisRoomTest::closeQuietly);
            }
        }

        private void attempt() throws IOException {
            Socket socket = new Socket(room.getAddress(), room.getPort(), InetAddress.getByName("127.0.0.2"), 0);
            socket.setSoTimeout(10_000);
            String first = firstText(socket.getInputStream());
            if (first.startsWith(PROMPT)) {
                kept.add(socket);
            } else {
                refused++;
                refusal = first.strip();
                socket.close();
            }
        }

        private void trickle(int round) throws IOException {
            if (round <= TRICKLE.length) {
                for (Socket socket : kept) {
                    socket.getOutputStream().write(TRICKLE[round - 1]);
                }
            }
        }
    }

    private static String firstText(InputStream in) throws IOException {
        byte[] buffer = new byte[256];
        int count = in.read(buffer);
        return count < 0 ? "" : new String(buffer, 0, count, StandardCharsets.UTF_8);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // the test is over
        }
    }

    @Test
    void oneAddressOpeningThousandsOfConnectionsKeepsNoOneElseOut() {
        assertTimeoutPreemptively(Duration.ofSeconds(ATTACK_SECONDS + 60), () -> {
            RoomHost host = Services.get(RoomHost.class, "");
            InetSocketAddress room = host.start(new HostSettings(0, "127.0.0.1", "", 0, Map.of())).address();
            Attack attack = new Attack(room);
            try {
                new Thread(attack, "slowloris").start();
                assertTrue(attack.underWay.await(ATTACK_SECONDS, TimeUnit.SECONDS));
                try (PlainMember ada = PlainMember.from("127.0.0.3", room).join("ada");
                        PlainMember bob = PlainMember.from("127.0.0.4", room).join("bob")) {
                    ada.expect("bob joined the chat");
                    for (int i = 0; i < MESSAGES; i++) {
                        ada.send("from ada " + i);
                        ada.expect("ada: from ada " + i);
                        bob.expect("ada: from ada " + i);
                        bob.send("from bob " + i);
                        bob.expect("bob: from bob " + i);
                        ada.expect("bob: from bob " + i);
                    }
                }
                attack.done.get(ATTACK_SECONDS + 10, TimeUnit.SECONDS);
            } finally {
                attack.stop = true;
                host.stop("test over");
            }
            int admitted = attack.attempts - attack.refused;
            System.out.printf("slowloris: %d attempts from 127.0.0.2, %d admitted, %d refused (\"%s\")%n",
                    attack.attempts, admitted, attack.refused, attack.refusal);
            assertTrue(admitted <= 64, "the default per-address limit admits at most 64, admitted " + admitted);
            assertTrue(attack.attempts >= 1000 && attack.refused == attack.attempts - admitted);
            assertTrue(attack.refusal.startsWith("Error: ") && attack.refusal.contains("your address"),
                    "each refused attempt is told why: " + attack.refusal);
        });
    }
}
