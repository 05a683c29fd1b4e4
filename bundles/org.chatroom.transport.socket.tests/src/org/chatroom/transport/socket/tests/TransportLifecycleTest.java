package org.chatroom.transport.socket.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;

import org.chatroom.api.transport.CloseReason;
import org.chatroom.api.transport.Endpoint;
import org.chatroom.api.transport.ServerTransport;
import org.chatroom.api.transport.TransportLimits;
import org.chatroom.transport.socket.internal.SocketTransportConfig;
import org.junit.jupiter.api.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;
import org.chatroom.testing.RecordingHandler;
import org.chatroom.testing.Services;

/** Deactivating the transport component (here: a configuration change makes DS recreate it) closes everything. */
class TransportLifecycleTest {

    @Test
    void deactivationClosesEndpointsAndConnections() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            ServiceTracker<ServerTransport, ServerTransport> transports = new ServiceTracker<>(
                    org.osgi.framework.FrameworkUtil.getBundle(getClass()).getBundleContext(), ServerTransport.class,
                    null);
            transports.open();
            ConfigurationAdmin configurations = Services.get(ConfigurationAdmin.class, "");
            Configuration configuration = configurations.getConfiguration(SocketTransportConfig.PID, "?");
            try {
                ServerTransport before = transports.waitForService(10_000);
                RecordingHandler handler = new RecordingHandler();
                Endpoint endpoint = before.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                        TransportLimits.DEFAULT, handler);
                try (Socket socket = new Socket(endpoint.localAddress().getAddress(), endpoint.localAddress().getPort())) {
                    socket.setSoTimeout(10_000);
                    handler.next("opened");

                    Dictionary<String, Object> properties = new Hashtable<>();
                    properties.put("io.threads", 1);
                    configuration.update(properties);

                    assertEquals(-1, socket.getInputStream().read(), "the connection is closed on deactivation");
                    assertEquals(CloseReason.SHUTDOWN, handler.next("closed").reason());
                    assertEquals(0, endpoint.connectionCount());
                }
                ServerTransport after = awaitNewTransport(transports, before);
                try (Endpoint again = after.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                        TransportLimits.DEFAULT, new RecordingHandler())) {
                    assertEquals(InetAddress.getLoopbackAddress(), again.localAddress().getAddress(),
                            "the recreated transport works");
                }
            } finally {
                configuration.delete();
                transports.close();
            }
        });
    }

    private static ServerTransport awaitNewTransport(ServiceTracker<ServerTransport, ServerTransport> transports,
            ServerTransport old) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            ServerTransport current = transports.getService();
            if (current != null && current != old) {
                return current;
            }
            Thread.sleep(20);
        }
        assertNotSame(old, transports.getService(), "DS did not recreate the transport within 10 s");
        return transports.getService();
    }
}
