package org.chatroom.transport.tls.tests;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;

import org.chatroom.api.room.HostSettings;
import org.chatroom.api.room.RoomHost;
import org.chatroom.api.room.RoomStatus;
import org.chatroom.testing.Services;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of the room's TLS listener, beside the protocol fuzzing of the room's parser: garbage, truncated
 * and corrupted client hellos, and random TLS records, each on a connection of its own from one of many addresses,
 * while a plain member and a TLS member chat. Every fuzz connection is closed by the server (none is left hanging),
 * and the members lose nothing.
 */
class TlsFuzzRoomTest {

    private static final long SEED = 20261201L;
    private static final int CASES = 300;
    private static final int CASES_BETWEEN_CHATS = 30;

    @Test
    void garbageTruncatedHandshakesAndRandomRecordsLeaveTheRoomUnaffected() {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            RoomHost host = Services.get(RoomHost.class, "");
            RoomStatus status = host.start(new HostSettings(0, "127.0.0.1", "", freePort(), Map.of()));
            InetSocketAddress tls = host.tlsListener().orElseThrow().address();
            Random random = new Random(SEED);
            byte[] hello = RawTls.clientHello();
            try (PlainMember plain = PlainMember.from("127.0.0.3", status.address()).join("plain");
                    PlainMember secure = new PlainMember(RawTls.connectFrom("127.0.0.4", tls)).join("secure")) {
                plain.expect("secure joined the chat");
                for (int i = 0; i < CASES; i++) {
                    byte[] fuzz = fuzz(random, hello);
                    assertClosedByServer(tls, "127.0.1." + (1 + i % 60), fuzz, "case " + i + " (seed " + SEED
                            + "): " + Arrays.toString(Arrays.copyOf(fuzz, Math.min(16, fuzz.length))) + "...");
                    if (i % CASES_BETWEEN_CHATS == 0) {
                        plain.send("plain " + i);
                        secure.expect("plain: plain " + i);
                        secure.send("secure " + i);
                        plain.expect("secure: secure " + i);
                    }
                }
                RawTls.connectFrom("127.0.0.5", tls).close(); // a new TLS client still gets its handshake
            } finally {
                host.stop("test over");
            }
        });
    }

    /** One fuzz input: which kind, and its bytes, come from {@code random} alone. */
    private static byte[] fuzz(Random random, byte[] hello) {
        switch (random.nextInt(5)) {
        case 0: { // garbage
            byte[] garbage = new byte[1 + random.nextInt(2000)];
            random.nextBytes(garbage);
            return garbage;
        }
        case 1: // a client hello cut short
            return Arrays.copyOf(hello, 1 + random.nextInt(hello.length - 1));
        case 2: { // a client hello with a few bytes changed
            byte[] corrupt = hello.clone();
            for (int flips = 1 + random.nextInt(8); flips > 0; flips--) {
                corrupt[random.nextInt(corrupt.length)] = (byte) random.nextInt(256);
            }
            return corrupt;
        }
        case 3: // a hello, then garbage
            byte[] tail = new byte[1 + random.nextInt(500)];
            random.nextBytes(tail);
            byte[] joined = Arrays.copyOf(hello, hello.length + tail.length);
            System.arraycopy(tail, 0, joined, hello.length, tail.length);
            return joined;
        default: // random records: a TLS header of a random type and length, random contents
            int length = random.nextInt(17_000);
            byte[] record = new byte[5 + Math.min(length, 1 + random.nextInt(3000))];
            random.nextBytes(record);
            record[0] = (byte) (20 + random.nextInt(5));
            record[1] = 3;
            record[2] = (byte) random.nextInt(4);
            record[3] = (byte) (length >> 8);
            record[4] = (byte) length;
            return record;
        }
    }

    /** Sends {@code fuzz} from {@code source}, ends its side, and expects the server to close within 10 s. */
    private static void assertClosedByServer(InetSocketAddress tls, String source, byte[] fuzz, String what)
            throws IOException {
        try (Socket socket = new Socket(tls.getAddress(), tls.getPort(), InetAddress.getByName(source), 0)) {
            socket.setSoTimeout(10_000);
            try {
                socket.getOutputStream().write(fuzz);
                socket.shutdownOutput();
            } catch (IOException e) {
                return; // the server closed already
            }
            InputStream in = socket.getInputStream();
            byte[] sink = new byte[4096];
            try {
                while (in.read(sink) >= 0) {
                    // alerts, or the plain-text line for a peer that does not speak TLS
                }
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the server left a fuzz connection open: " + what, e);
            } catch (IOException e) {
                // reset by the server: closed too
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }
}
