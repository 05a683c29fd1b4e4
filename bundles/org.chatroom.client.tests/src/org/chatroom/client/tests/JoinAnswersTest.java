package org.chatroom.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.client.ProtocolMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An {@code ERR} names no room: the client takes it for the answer to its join only when a join is in flight and the
 * error is one a join can get, and has one join in flight at a time. A scripted room ({@link RoomPeer}) gives the
 * orders a real room gives only by chance, while the client resumes its rooms after a drop.
 */
@Timeout(120)
class JoinAnswersTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    /** The client joins rooms a and b, then the connection drops: the next connection resumes a, then b. */
    private static void inRoomsAAndBThenDropped(RoomPeer peer, ClientFixture fixture) throws Exception {
        fixture.client.connect(new ClientSettings("127.0.0.1", peer.port(), "kay", true, ProtocolMode.ROOMS,
                Duration.ofSeconds(5), false, "", List.of("a", "b"), ""));
        peer.acceptAndWelcome("kay");
        assertEquals("JOIN a", peer.readUntil("JOIN "));
        peer.joined("a", 3, "kay");
        assertEquals("JOIN b", peer.readUntil("JOIN "));
        peer.joined("b", 5, "kay");
        fixture.listener.awaitEvent(e -> e.text().contains("Joined the room b"), WAIT);
        peer.drop();
        fixture.listener.awaitState(ConnectionState.RECONNECTING, WAIT);
        peer.acceptAndWelcome("kay");
        assertEquals("JOIN a 3", peer.readUntil("JOIN "));
    }

    /**
     * A line typed to room a while its resume is in flight is refused (the room has not seated the client again yet):
     * the error is about the message, and both rooms are resumed. It was taken for the room's refusal of the resume:
     * room a was left, and the join of b sent before a was answered.
     */
    @Test
    void anErrorAboutAMessageDuringAResumeLeavesTheRoomsResumed() throws Exception {
        try (RoomPeer peer = new RoomPeer(); ClientFixture fixture = new ClientFixture()) {
            inRoomsAAndBThenDropped(peer, fixture);
            fixture.client.send("hello");
            assertEquals("MSG a hello", peer.readUntil("MSG "));
            peer.send("ERR NOT_IN_ROOM You are not in the room a.");
            fixture.listener.awaitEvent(e -> e.kind() == Kind.ERROR && e.text().contains("not in the room a"), WAIT);
            peer.joined("a", 3, "kay");
            assertEquals("JOIN b 5", peer.read(), "b's resume after a's answer, not after the message's error");
            peer.joined("b", 5, "kay");
            fixture.listener.awaitEvent(e -> e.text().contains("Back in b"), WAIT);
            assertEquals(List.of("a", "b"), fixture.client.rooms(), fixture.listener.timeline().toString());
            assertEquals("a", fixture.client.room(), "typing still goes to a");
        }
    }

    /**
     * A {@code /join} typed while a resume is in flight waits its turn: the room's refusal of the resume of a (its
     * password changed) is a's, told as such, and not taken for the refusal of the room the user asked for.
     */
    @Test
    void aJoinTypedDuringAResumeWaitsForItsTurn() throws Exception {
        try (RoomPeer peer = new RoomPeer(); ClientFixture fixture = new ClientFixture()) {
            inRoomsAAndBThenDropped(peer, fixture);
            fixture.client.send("/join c");
            peer.send("ERR ROOM_PASSWORD The room a needs a password.");
            assertEquals("JOIN b 5", peer.read(), "the resume goes on before the join typed");
            peer.joined("b", 5, "kay");
            assertEquals("JOIN c", peer.read());
            peer.joined("c", 0, "kay");
            fixture.listener.awaitEvent(e -> e.text().contains("Joined the room c"), WAIT);
            assertEquals(List.of("room password needed a"), fixture.listener.timeline().stream()
                    .filter(t -> t.startsWith("room password")).toList());
            assertEquals(List.of("b", "c"), fixture.client.rooms(), fixture.listener.timeline().toString());
        }
    }
}
