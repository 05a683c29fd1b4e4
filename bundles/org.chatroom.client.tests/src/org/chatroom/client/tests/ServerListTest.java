package org.chatroom.client.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.client.ProtocolMode;
import org.chatroom.testing.HostedRoom;
import org.chatroom.testing.OriginalClient;
import org.chatroom.testing.OriginalServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A list of servers in the client's settings: tried in turn, and the next one at once when one goes away. */
@Timeout(90)
class ServerListTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void triesTheServersInTurnAndMovesOnWhenOneStops() throws Exception {
        int nobody = closedPort();
        try (HostedRoom room = new HostedRoom(); OriginalServer other = OriginalServer.start();
                ClientFixture fixture = new ClientFixture()) {
            String otherAddress = other.host() + ":" + other.port();
            String servers = "127.0.0.1:" + nobody + ", 127.0.0.1:" + room.port + "," + otherAddress;
            fixture.client.connect(new ClientSettings(servers, 1, "ina", true, ProtocolMode.AUTO, WAIT));
            fixture.listener.awaitState(ConnectionState.CONNECTED, WAIT);
            assertTrue(room.host.status().members().contains("ina"), "the first server answering is the second: "
                    + fixture.listener.details());

            room.host.stop("maintenance");
            fixture.listener.awaitSequence(WAIT, ConnectionState.CONNECTED, ConnectionState.RECONNECTING,
                    ConnectionState.CONNECTED);
            assertTrue(fixture.listener.details().stream().anyMatch(d -> d.endsWith("Trying " + otherAddress + ".")),
                    "the third server is tried next, without a back-off: " + fixture.listener.details());
            try (OriginalClient bob = OriginalClient.start(other)) {
                Chunks bobSees = OwnRoomTest.joinOriginal(bob, "bob");
                // The seed server adds bob to its member dict only after the welcome; his own echo proves he is in.
                bob.send("ready");
                bobSees.await("bob: ready", WAIT);
                assertTrue(fixture.client.send("over here now"));
                bobSees.await("ina: over here now", WAIT);
            }
        }
    }

    @Test
    void anEntryThatIsNoServerIsExplained() throws Exception {
        try (ClientFixture fixture = new ClientFixture()) {
            fixture.client.connect(new ClientSettings("127.0.0.1:53000, 127.0.0.1:70000", 53000, "ina"));
            String detail = fixture.listener.awaitStateWith(ConnectionState.DISCONNECTED,
                    text -> text.contains("'127.0.0.1:70000' is not a server"), WAIT);
            assertTrue(detail.contains("write HOST or HOST:PORT"), detail);
        }
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
