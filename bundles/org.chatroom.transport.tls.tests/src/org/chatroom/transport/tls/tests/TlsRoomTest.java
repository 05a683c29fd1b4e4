package org.chatroom.transport.tls.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatListener;
import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.client.ProtocolMode;
import org.chatroom.api.room.RoomHost;
import org.chatroom.api.room.RoomStatus;
import org.chatroom.api.room.TlsListener;
import org.chatroom.api.transport.ClientTransport;
import org.chatroom.transport.tls.internal.TlsClientTransport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.util.tracker.ServiceTracker;
import org.chatroom.testing.Services;
import org.chatroom.testing.RecordingListener;

/**
 * The room as the product runs it, through DS: configured with a TLS port it listens on both ports and one room
 * holds the members of both; the chat client connects with TLS when its settings say so.
 */
class TlsRoomTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private Configuration configuration;
    private ServiceTracker<RoomHost, RoomHost> hosts;
    private RoomHost host;
    private ChatClient client;
    private ServiceRegistration<ChatListener> registration;
    private final RecordingListener listener = new RecordingListener();
    private RoomStatus status;
    private TlsListener tls;

    @BeforeEach
    void host() throws Exception {
        int tlsPort = freePort();
        configuration = Services.get(org.osgi.service.cm.ConfigurationAdmin.class, "")
                .getConfiguration(RoomHost.PID, "?");
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(RoomHost.PORT, 0);
        properties.put(RoomHost.BIND_ADDRESS, "127.0.0.1");
        properties.put(RoomHost.TLS_PORT, tlsPort);
        BundleContext context = FrameworkUtil.getBundle(TlsRoomTest.class).getBundleContext();
        hosts = new ServiceTracker<>(context, RoomHost.class, null);
        hosts.open();
        configuration.update(properties);
        host = awaitConfigured(tlsPort);
        status = host.start();
        tls = host.tlsListener().orElseThrow(() -> new AssertionError("configured with a TLS port, but no TLS"));
        assertEquals(tlsPort, tls.address().getPort());
        client = Services.get(ChatClient.class, "");
        registration = context.registerService(ChatListener.class, listener, null);
    }

    @AfterEach
    void stop() throws IOException {
        if (client != null) {
            client.disconnect();
        }
        if (registration != null) {
            registration.unregister();
        }
        if (host != null) {
            host.stop("test over");
        }
        hosts.close();
    }

    /**
     * Each test updates the one room configuration; it is deleted once, after the last test: deleting and recreating
     * it between tests let a test's configuration be lost now and then (seen once in six runs).
     */
    @AfterAll
    static void deleteConfiguration() throws Exception {
        Services.get(org.osgi.service.cm.ConfigurationAdmin.class, "").getConfiguration(RoomHost.PID, "?").delete();
    }

    private ClientSettings tlsSettings(String name, boolean autoReconnect) {
        return new ClientSettings("127.0.0.1", tls.address().getPort(), name, autoReconnect, ProtocolMode.AUTO,
                Duration.ofSeconds(5), true);
    }

    @Test
    void tlsAndPlainMembersMeetInOneRoom() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            assertTrue(tls.fingerprint().matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"), tls.fingerprint());
            try (PlainMember plain = new PlainMember(status.address())) {
                plain.expect("Please enter your name and press Enter");
                plain.send("plain");
                plain.expect("Welcome to the chat plain. Write {quit} to leave.");

                client.connect(tlsSettings("secure", false));
                listener.awaitState(ConnectionState.CONNECTED, WAIT);
                ChatEvent pinned = listener.awaitEvent(e -> e.kind() == ChatEvent.Kind.NOTICE
                        && e.text().contains(tls.fingerprint()), WAIT);
                assertTrue(pinned.text().contains("pinned"), "the first TLS connection says it pinned: " + pinned);
                plain.expect("secure joined the chat");
                assertEquals(List.of("plain", "secure"), host.status().members());

                assertTrue(client.send("hello over TLS"));
                plain.expect("secure: hello over TLS");
                plain.send("hi back");
                listener.awaitEvent(e -> e.kind() == ChatEvent.Kind.MESSAGE && e.from().equals("plain")
                        && e.text().equals("hi back"), WAIT);
            }
        });
    }

    @Test
    void aPlainClientOnTheTlsPortIsToldAndTheRoomGoesOn() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            client.connect(tlsSettings("secure", false));
            listener.awaitState(ConnectionState.CONNECTED, WAIT);
            try (PlainMember lost = new PlainMember(tls.address())) {
                lost.expect("Error: this port of the room only accepts TLS connections.");
            }
            try (PlainMember plain = new PlainMember(status.address())) {
                plain.expect("Please enter your name and press Enter");
                plain.send("plain");
                plain.expect("Welcome to the chat plain. Write {quit} to leave.");
                plain.send("still serving");
                listener.awaitEvent(e -> e.kind() == ChatEvent.Kind.MESSAGE && e.text().equals("still serving"),
                        WAIT);
            }
            assertEquals(ConnectionState.CONNECTED, client.state(), "the TLS member was not disturbed");
        });
    }

    @Test
    void aChangedCertificateIsRefusedLoudlyAndNotRetried() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            String key = "127.0.0.1:" + tls.address().getPort();
            String earlier = "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC"
                    + ":DD:EE:FF";
            TlsClientTransport transport = (TlsClientTransport) Services.get(ClientTransport.class,
                    TlsTransportTest.TLS);
            transport.pins().pinOrCheck(key, earlier); // as if an earlier room at this address had another key
            try {
                client.connect(tlsSettings("secure", true));
                ChatEvent error = listener.awaitEvent(e -> e.kind() == ChatEvent.Kind.ERROR, WAIT);
                assertTrue(error.text().startsWith("WARNING: THE CERTIFICATE OF " + key + " HAS CHANGED."), error.text());
                assertTrue(error.text().contains(earlier) && error.text().contains(tls.fingerprint()), error.text());
                String detail = listener.awaitState(ConnectionState.DISCONNECTED, WAIT);
                assertTrue(detail.contains("HAS CHANGED"), "the status tells it too: " + detail);
                // a retry would be announced as RECONNECTING before it is scheduled: DISCONNECTED means none is
                assertEquals(ConnectionState.DISCONNECTED, client.state(), "nothing pending after the refusal");
                assertFalse(listener.states().contains(ConnectionState.RECONNECTING),
                        "a refused certificate is never retried: " + listener.states());
                assertEquals(List.of(), host.status().members(), "nobody joined");
            } finally {
                transport.pins().forget(key);
            }
        });
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    /** Configuration reaches the component asynchronously: wait until its service shows the TLS port. */
    private RoomHost awaitConfigured(int tlsPort) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            ServiceReference<RoomHost> reference = hosts.getServiceReference();
            if (reference != null && Integer.valueOf(tlsPort).equals(reference.getProperty(RoomHost.TLS_PORT))) {
                RoomHost found = hosts.getService(reference);
                assertNotNull(found);
                return found;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the configuration did not reach the RoomHost component within " + WAIT);
    }
}
