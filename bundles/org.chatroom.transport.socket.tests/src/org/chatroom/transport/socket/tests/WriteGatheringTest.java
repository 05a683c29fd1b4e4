package org.chatroom.transport.socket.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import org.chatroom.api.transport.Endpoint;
import org.chatroom.api.transport.TransportLimits;
import org.chatroom.testing.ConfiguredTransport;
import org.chatroom.testing.RecordingHandler;
import org.chatroom.transport.socket.connection.IoLoop;
import org.chatroom.transport.socket.connection.NioConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With a write gathering window ({@code write.gather.micros}), a line sent to a loop that wrote nothing for a window
 * goes out at once, and lines queued in later rounds of the same window go out together, in one write, once 16 KiB
 * wait or the window ends. The window here is an hour, so only the 16 KiB can end it: without gathering every round
 * writes its line (one write each).
 */
class WriteGatheringTest {

    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final long HOUR_MICROS = 3_600_000_000L;
    /** Lines queued one a round after the first; their bytes stay under the 16 KiB that are written at once. */
    private static final int LINES = 30;

    private ConfiguredTransport transport;
    private Endpoint endpoint;
    private final RecordingHandler serverSide = new RecordingHandler();
    private Socket client;

    @BeforeEach
    void listen() throws Exception {
        transport = new ConfiguredTransport();
        endpoint = transport.update(Map.of("io.threads", 1, "write.gather.micros", HOUR_MICROS)).listen(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), new TransportLimits(64, 64 * 1024),
                serverSide);
        client = new Socket(endpoint.localAddress().getAddress(), endpoint.localAddress().getPort());
    }

    @AfterEach
    void close() throws IOException {
        client.close();
        endpoint.close();
        transport.close();
    }

    @Test
    void linesOfLaterRoundsInOneWindowGoOutInOneWrite() {
        assertTimeoutPreemptively(BOUND, () -> {
            NioConnection connection = (NioConnection) serverSide.next("opened").connection();
            IoLoop loop = (IoLoop) connection.executor();
            InputStream in = client.getInputStream();

            byte[] first = line("alone");
            loop.execute(() -> connection.send(first));
            assertArrayEquals(first, in.readNBytes(first.length), "a line alone is not held for the window");
            assertEquals(1, connection.writeCalls());

            byte[][] lines = new byte[LINES + 1][];
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            for (int i = 0; i < lines.length; i++) {
                lines[i] = i < LINES ? line("line " + i) : big();
                expected.writeBytes(lines[i]);
            }
            loop.execute(() -> sendOneARound(connection, loop, lines, 0));
            byte[] all = expected.toByteArray();
            assertArrayEquals(all, in.readNBytes(all.length), "every line arrives, in order");
            long writes = connection.writeCalls() - 1;
            assertTrue(writes <= 3, lines.length + " lines queued in as many rounds of one window took " + writes
                    + " writes (one each without gathering; one, or a few when the socket took part of it, with)");
        });
    }

    /** On the loop: sends line {@code index}, and the next one in a later round. */
    private static void sendOneARound(NioConnection connection, IoLoop loop, byte[][] lines, int index) {
        connection.send(lines[index]);
        if (index + 1 < lines.length) {
            loop.schedule(1, () -> sendOneARound(connection, loop, lines, index + 1));
        }
    }

    private static byte[] line(String text) {
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] big() {
        byte[] big = new byte[16 * 1024];
        Arrays.fill(big, (byte) 'x');
        big[big.length - 1] = '\n';
        return big;
    }
}
