package org.chatroom.transport.socket.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.chatroom.api.transport.CloseReason;
import org.chatroom.api.transport.Connection;
import org.chatroom.api.transport.Endpoint;
import org.chatroom.api.transport.Framing;
import org.chatroom.api.transport.TransportLimits;
import org.chatroom.testing.RecordingHandler;
import org.chatroom.testing.ConfiguredTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checks that something did not happen, without a fixed wait: with one I/O thread, whatever the transport does for a
 * connection happens in order with what it does for a second one, so once a "barrier" frame sent on the second
 * connection after the first's bytes has been delivered, the transport has handled everything before it.
 */
class OneLoopOrderTest {

    private static final Duration BOUND = Duration.ofSeconds(20);

    private ConfiguredTransport transport;
    private Endpoint endpoint;
    private final RecordingHandler serverSide = new RecordingHandler();
    private final List<Socket> sockets = new ArrayList<>();

    @BeforeEach
    void listen() throws Exception {
        transport = new ConfiguredTransport();
        endpoint = transport.update("io.threads", 1).listen(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), new TransportLimits(64, 64 * 1024),
                serverSide);
    }

    @AfterEach
    void close() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
        endpoint.close();
        transport.close();
    }

    private Socket raw() throws IOException {
        Socket socket = new Socket(endpoint.localAddress().getAddress(), endpoint.localAddress().getPort());
        socket.setTcpNoDelay(true);
        sockets.add(socket);
        return socket;
    }

    /** Sends two frames on {@code barrier} and waits for both: everything the one loop saw before is handled. */
    private void awaitBarrier(Socket barrier) throws Exception {
        for (String ping : List.of("ping-1", "ping-2")) {
            barrier.getOutputStream().write(ping.getBytes(StandardCharsets.UTF_8));
            RecordingHandler.Call call = serverSide.next();
            assertEquals("received " + ping, call.kind() + " " + call.text(), "nothing else came before the barrier");
        }
    }

    @Test
    void linesFramingWaitsForTheNewline() {
        assertTimeoutPreemptively(BOUND, () -> {
            Socket socket = raw();
            Connection connection = serverSide.next("opened").connection();
            connection.setFraming(Framing.LINES);
            Socket barrier = raw();
            serverSide.next("opened");
            OutputStream out = socket.getOutputStream();
            out.write("MSG hel".getBytes(StandardCharsets.UTF_8));
            awaitBarrier(barrier);
            assertTrue(serverSide.calls.isEmpty(), "a partial line is not a frame: " + serverSide.calls);
            out.write("lo\r\nNAMES\n".getBytes(StandardCharsets.UTF_8));
            assertEquals("MSG hello", serverSide.next().text());
            assertEquals("NAMES", serverSide.next().text());
        });
    }

    @Test
    void peerCloseIsReportedOnce() {
        assertTimeoutPreemptively(BOUND, () -> {
            Socket socket = raw();
            Connection connection = serverSide.next("opened").connection();
            Socket barrier = raw();
            serverSide.next("opened");
            socket.close();
            RecordingHandler.Call closed = serverSide.next();
            assertEquals("closed", closed.kind());
            assertEquals(CloseReason.PEER, closed.reason());
            assertFalse(connection.isOpen());
            assertFalse(connection.send("late"), "sending on a closed connection is refused");
            awaitBarrier(barrier);
            assertTrue(serverSide.calls.isEmpty(), "closed is reported exactly once: " + serverSide.calls);
            assertEquals(1, endpoint.connectionCount(), "only the barrier's connection is left");
        });
    }
}
