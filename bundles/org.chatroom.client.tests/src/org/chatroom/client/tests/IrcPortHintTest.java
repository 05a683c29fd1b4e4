package org.chatroom.client.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.client.ProtocolMode;
import org.chatroom.testing.InspircdServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Our protocol against an IRC server: one that greets the connection (InspIRCd: "*** Looking up your hostname...")
 * is told as IRC at once, on any port; one that says nothing until the client's NICK is hinted at by IRC's usual
 * port when the handshake times out. The user got "The room did not complete the handshake within 5000 ms." and
 * nothing about the protocol chosen.
 */
@Timeout(60)
class IrcPortHintTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aHandshakeThatTimesOutOnIrcsPortSaysToChooseIrc() throws Exception {
        try (ServerSocket silent = bind(6667); ClientFixture fixture = new ClientFixture()) {
            holding(silent);
            // a timeout of its own: a listener is told the client's state as it is, maybe the other test's end
            fixture.client.connect(new ClientSettings("127.0.0.2", 6667, "wrongway", false, ProtocolMode.ROOMS,
                    Duration.ofMillis(1500)));
            String told = fixture.listener.awaitStateWith(ConnectionState.DISCONNECTED,
                    detail -> detail.contains("within 1500 ms"), WAIT);
            assertTrue(told.contains("Port 6667 is the usual port of IRC: for an IRC network, choose IRC"), told);
            assertTrue(told.contains("(the desktop's preferences;"), "the apostrophe kept (MessageFormat): " + told);
            fixture.client.disconnect();
        }
    }

    @Test
    void anIrcServerThatGreetsIsToldAsIrcAtOnceOnAnyPort() throws Exception {
        try (InspircdServer irc = InspircdServer.greeting(); ClientFixture fixture = new ClientFixture()) {
            fixture.client.connect(new ClientSettings("127.0.0.1", irc.port, "wrongway", true, ProtocolMode.ROOMS,
                    Duration.ofSeconds(30)));
            String told = fixture.listener.awaitStateWith(ConnectionState.DISCONNECTED,
                    detail -> detail.contains("speaks IRC"), WAIT);
            assertTrue(told.contains("choose IRC as the protocol") && told.contains("NOTICE"), told);
            assertFalse(told.contains("within"), "not the handshake's timeout: " + told);
            assertFalse(fixture.listener.states().contains(ConnectionState.RECONNECTING),
                    "no retry, though the settings reconnect: " + fixture.listener.states());
        }
    }

    @Test
    void anotherPortGetsNoHint() throws Exception {
        try (ServerSocket silent = bind(0); ClientFixture fixture = new ClientFixture()) {
            holding(silent);
            fixture.client.connect(new ClientSettings("127.0.0.2", silent.getLocalPort(), "rightway", false,
                    ProtocolMode.ROOMS, Duration.ofSeconds(1)));
            String told = fixture.listener.awaitStateWith(ConnectionState.DISCONNECTED,
                    detail -> detail.contains("within 1000 ms"), WAIT);
            assertFalse(told.contains("IRC"), told);
            fixture.client.disconnect();
        }
    }

    /** A listener on 127.0.0.2 (another host on loopback); skipped where that port is taken on every address. */
    private static ServerSocket bind(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), port));
        } catch (IOException e) {
            socket.close();
            assumeTrue(false, "port " + port + " on 127.0.0.2 is taken: " + e.getMessage());
        }
        return socket;
    }

    /** Accepts connections on a thread and never writes to them, as an IRC server before a client registers. */
    private static void holding(ServerSocket server) {
        Thread acceptor = new Thread(() -> holdConnections(server), "silent-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private static void holdConnections(ServerSocket server) {
        try {
            while (true) {
                @SuppressWarnings("resource") // closed with the listener's end of the test
                Socket held = server.accept();
                held.setSoTimeout(0);
            }
        } catch (IOException e) {
            // the test closed the listener
        }
    }
}
