package org.chatroom.transport.socket.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

import org.chatroom.api.transport.CloseReason;
import org.chatroom.api.transport.Endpoint;
import org.chatroom.api.transport.ServerTransport;
import org.chatroom.api.transport.TransportLimits;
import org.chatroom.testing.RecordingHandler;
import org.chatroom.testing.ConfiguredTransport;
import org.junit.jupiter.api.Test;

/** Deactivating the transport component (here: a configuration change makes DS recreate it) closes everything. */
class TransportLifecycleTest {

    @Test
    void deactivationClosesEndpointsAndConnections() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (ConfiguredTransport transports = new ConfiguredTransport()) {
                RecordingHandler handler = new RecordingHandler();
                Endpoint endpoint = transports.current().listen(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), TransportLimits.DEFAULT, handler);
                ServerTransport after;
                try (Socket socket = new Socket(endpoint.localAddress().getAddress(), endpoint.localAddress().getPort())) {
                    socket.setSoTimeout(10_000);
                    handler.next("opened");

                    after = transports.update("io.threads", 1);

                    assertEquals(-1, socket.getInputStream().read(), "the connection is closed on deactivation");
                    assertEquals(CloseReason.SHUTDOWN, handler.next("closed").reason());
                    assertEquals(0, endpoint.connectionCount());
                }
                try (Endpoint again = after.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                        TransportLimits.DEFAULT, new RecordingHandler())) {
                    assertEquals(InetAddress.getLoopbackAddress(), again.localAddress().getAddress(),
                            "the recreated transport works");
                }
            }
        });
    }
}
