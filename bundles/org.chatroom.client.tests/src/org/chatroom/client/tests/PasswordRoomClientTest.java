package org.chatroom.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatroom.testing.HostedRoom;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.client.ProtocolMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Our client in a room with a password: the right one joins, a wrong or missing one ends without a reconnect loop. */
@Timeout(90)
class PasswordRoomClientTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String SECRET = "correct horse";

    private static ClientSettings settings(HostedRoom room, String name, ProtocolMode mode, String password) {
        return new ClientSettings("127.0.0.1", room.port, name, true, mode, WAIT, password);
    }

    @Test
    void theRightPasswordJoins() throws Exception {
        try (HostedRoom room = new HostedRoom(Map.of(".password", SECRET)); ClientFixture fixture = new ClientFixture()) {
            fixture.client.connect(settings(room, "alice", ProtocolMode.AUTO, SECRET));
            fixture.listener.awaitState(ConnectionState.CONNECTED, WAIT);
            fixture.listener.awaitMembers(List.of("alice"), WAIT);
            assertEquals(List.of("alice"), room.host.status().members());
        }
    }

    @Test
    void aWrongPasswordEndsWithAClearDetailAndNoReconnect() throws Exception {
        try (HostedRoom room = new HostedRoom(Map.of(".password", SECRET)); ClientFixture fixture = new ClientFixture()) {
            fixture.client.connect(settings(room, "bob", ProtocolMode.AUTO, "incorrect horse"));
            awaitEndedWith(fixture, "Wrong password (2 tries left)."); // the room's words: they say it (once)
            assertTrue(fixture.listener.timeline().contains("password wrong Wrong password (2 tries left)."),
                    "a UI is told, to ask for it again: " + fixture.listener.timeline());
        }
    }

    @Test
    void noPasswordEndsWithAClearDetailAndNoReconnect() throws Exception {
        try (HostedRoom room = new HostedRoom(Map.of(".password", SECRET)); ClientFixture fixture = new ClientFixture()) {
            fixture.client.connect(settings(room, "carol", ProtocolMode.AUTO, ""));
            awaitEndedWith(fixture, "This room needs a password (2 tries left)."); // the console has no settings
            assertTrue(fixture.listener.timeline().stream().anyMatch(line -> line.startsWith("password needed ")),
                    "a UI is told, to ask for it: " + fixture.listener.timeline());
        }
    }

    @Test
    void theOriginalProtocolIsRefusedWithTheRoomsText() throws Exception {
        try (HostedRoom room = new HostedRoom(Map.of(".password", SECRET)); ClientFixture fixture = new ClientFixture()) {
            fixture.client.connect(settings(room, "dave", ProtocolMode.ORIGINAL, SECRET));
            awaitEndedWith(fixture, "The room refused the connection: This room needs a password: use a Chatroom client.");
        }
    }

    @Test
    void aPasswordIsHarmlessInARoomWithout() throws Exception {
        try (HostedRoom room = new HostedRoom(); ClientFixture fixture = new ClientFixture()) {
            fixture.client.connect(settings(room, "erin", ProtocolMode.AUTO, "unneeded"));
            fixture.listener.awaitState(ConnectionState.CONNECTED, WAIT);
            assertEquals(List.of("erin"), room.host.status().members());
        }
    }

    private static void awaitEndedWith(ClientFixture fixture, String detail) throws InterruptedException {
        // the client decides when the connection ends: a retry is announced as RECONNECTING before it is scheduled,
        // and DISCONNECTED is the state of a client with nothing pending, so the event itself says "no reconnect"
        fixture.listener.awaitSequence(WAIT, ConnectionState.CONNECTING, ConnectionState.DISCONNECTED);
        assertEquals(ConnectionState.DISCONNECTED, fixture.client.state(), "nothing pending after the end");
        List<ConnectionState> states = fixture.listener.states();
        assertEquals(ConnectionState.DISCONNECTED, states.get(states.size() - 1), "states " + states);
        assertTrue(!states.contains(ConnectionState.RECONNECTING), "no reconnect loop: " + states);
        List<String> details = fixture.listener.details();
        assertEquals(detail, details.get(details.size() - 1));
    }
}
