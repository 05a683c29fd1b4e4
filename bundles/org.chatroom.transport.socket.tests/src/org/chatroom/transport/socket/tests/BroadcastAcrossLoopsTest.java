package org.chatroom.transport.socket.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.chatroom.api.transport.CloseReason;
import org.chatroom.api.transport.Connection;
import org.chatroom.api.transport.ConnectionHandler;
import org.chatroom.api.transport.Endpoint;
import org.chatroom.api.transport.Framing;
import org.chatroom.api.transport.ServerTransport;
import org.chatroom.api.transport.TransportLimits;
import org.chatroom.testing.ConfiguredTransport;
import org.junit.jupiter.api.Test;

/**
 * A room-like handler relays every line to every connection from the I/O thread that read it, while the connections
 * are spread over several I/O loops: each connection is written by its own loop, whichever loop broadcast to it, and
 * every peer still gets every line once, in one order shared by all.
 */
class BroadcastAcrossLoopsTest {

    private static final int LOOPS = 4;
    private static final int PEERS = 8;
    private static final int LINES_EACH = 2_000;

    /** Relays each line to all connections under one lock, like the room does. */
    private static final class Relay implements ConnectionHandler {
        final Set<Connection> connections = new CopyOnWriteArraySet<>();
        private final Object lock = new Object();

        @Override
        public void opened(Connection connection) {
            connection.setFraming(Framing.LINES);
            connections.add(connection);
        }

        @Override
        public void received(Connection connection, byte[] frame) {
            byte[] line = (new String(frame, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
            synchronized (lock) {
                for (Connection member : connections) {
                    member.send(line);
                }
            }
        }

        @Override
        public void frameTooLong(Connection connection, int limit) {
            connection.close("frame too long");
        }

        @Override
        public void closed(Connection connection, CloseReason reason, String detail) {
            connections.remove(connection);
        }
    }

    @Test
    void everyPeerGetsEveryLineOnceInTheSameOrder() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (ConfiguredTransport transports = new ConfiguredTransport()) {
                ServerTransport transport = transports.update("io.threads", LOOPS);
                Relay relay = new Relay();
                try (Endpoint endpoint = transport.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                        new TransportLimits(64, 16 * 1024 * 1024), connection -> relay)) {
                    List<Socket> peers = connect(endpoint, relay);
                    List<String> streams = exchange(peers);
                    for (Socket peer : peers) {
                        peer.close();
                    }
                    String first = streams.get(0);
                    List<String> lines = List.of(first.split("\n"));
                    assertEquals(PEERS * LINES_EACH, lines.size(), "every line of every peer came back");
                    assertEquals(PEERS * LINES_EACH, Set.copyOf(lines).size(), "no line twice");
                    assertInSenderOrder(lines);
                    for (int i = 1; i < PEERS; i++) {
                        assertEquals(first, streams.get(i), "peer " + i + " saw the lines as peer 0 did");
                    }
                }
            }
        });
    }

    private static List<Socket> connect(Endpoint endpoint, Relay relay) throws Exception {
        List<Socket> peers = new ArrayList<>();
        InetSocketAddress address = endpoint.localAddress();
        for (int i = 0; i < PEERS; i++) {
            Socket socket = new Socket(address.getAddress(), address.getPort());
            socket.setSoTimeout(20_000);
            peers.add(socket);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (relay.connections.size() < PEERS && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(PEERS, relay.connections.size(), "every peer was accepted");
        return peers;
    }

    /** Every peer sends its lines as fast as it can while reading; @return what each peer read */
    private static List<String> exchange(List<Socket> peers) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2 * PEERS);
        try {
            List<Future<String>> reads = new ArrayList<>();
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < PEERS; i++) {
                Socket peer = peers.get(i);
                int sender = i;
                reads.add(threads.submit(() -> readLines(peer.getInputStream(), PEERS * LINES_EACH)));
                writes.add(threads.submit(() -> writeLines(peer.getOutputStream(), sender)));
            }
            for (Future<?> write : writes) {
                write.get();
            }
            List<String> streams = new ArrayList<>();
            for (Future<String> read : reads) {
                streams.add(read.get());
            }
            return streams;
        } finally {
            threads.shutdownNow();
        }
    }

    private static Void writeLines(OutputStream out, int sender) throws IOException {
        for (int i = 0; i < LINES_EACH; i++) {
            out.write(("p" + sender + ":" + i + "\n").getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
        return null;
    }

    private static String readLines(InputStream in, int lines) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int seen = 0;
        while (seen < lines) {
            int count = in.read(buffer);
            if (count < 0) {
                break;
            }
            read.write(buffer, 0, count);
            for (int i = 0; i < count; i++) {
                if (buffer[i] == '\n') {
                    seen++;
                }
            }
        }
        return read.toString(StandardCharsets.UTF_8);
    }

    private static void assertInSenderOrder(List<String> lines) {
        int[] next = new int[PEERS];
        for (String line : lines) {
            String[] parts = line.substring(1).split(":");
            int sender = Integer.parseInt(parts[0]);
            int sequence = Integer.parseInt(parts[1]);
            assertTrue(sequence == next[sender], "line " + line + " out of order, expected sequence " + next[sender]);
            next[sender]++;
        }
    }
}
