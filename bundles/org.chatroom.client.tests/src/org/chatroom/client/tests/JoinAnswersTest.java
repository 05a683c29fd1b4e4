package org.chatroom.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.api.client.ConnectionState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An {@code ERR} names no room: the client takes it for the answer to its join only when a join is in flight and the
 * error is one a join can get, has one join in flight at a time, and while it resumes its rooms after a drop what the
 * user types waits for them. A scripted room ({@link RoomPeer}) gives the orders a real room gives only by chance.
 */
@Timeout(120)
class JoinAnswersTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    /** The client joins rooms a and b, then the connection drops: the next connection resumes a, then b. */
    private static void inRoomsAAndBThenDropped(RoomPeer peer, ClientFixture fixture) throws Exception {
        peer.connect(fixture, "a", "b");
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
        fixture.listener.awaitState(ConnectionState.CONNECTED, WAIT); // the welcome is told a moment later
    }

    private static List<String> refusals(ClientFixture fixture) {
        return fixture.listener.timeline().stream().filter(t -> t.startsWith("room password")).toList();
    }

    /**
     * A name refused while the user's join is in flight is about the name: the join's own refusal after it is still
     * told as the room's (a UI may ask for its password). The name's error was taken for the join's answer, and the
     * room's refusal then for nobody's.
     */
    @Test
    void anErrorAboutSomethingElseIsNotTakenForTheJoinsAnswer() throws Exception {
        try (RoomPeer peer = new RoomPeer(); ClientFixture fixture = new ClientFixture()) {
            peer.inRoomA(fixture, WAIT);
            assertTrue(fixture.client.send("/join vault"));
            assertEquals("JOIN vault", peer.read());
            assertTrue(fixture.client.send("/nick bob"));
            assertEquals("NICK bob", peer.read());
            peer.send("ERR NICK_TAKEN That name is taken, choose another one.");
            peer.send("ERR ROOM_PASSWORD The room vault needs a password.");
            fixture.listener.awaitTimeline("room password needed vault", WAIT);
            assertEquals(List.of("room password needed vault"), refusals(fixture));
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
            assertTrue(fixture.client.send("/join c"));
            peer.send("ERR ROOM_PASSWORD The room a needs a password.");
            assertEquals("JOIN b 5", peer.read(), "the resume goes on before the join typed");
            peer.joined("b", 5, "kay");
            assertEquals("JOIN c", peer.read());
            peer.joined("c", 0, "kay");
            fixture.listener.awaitEvent(e -> e.text().contains("Joined the room c"), WAIT);
            fixture.listener.awaitTimeline("room password needed a", WAIT);
            assertEquals(List.of("room password needed a"), refusals(fixture));
            assertEquals(List.of("b", "c"), fixture.client.rooms(), fixture.listener.timeline().toString());
        }
    }

    /**
     * A line typed to a room while the rooms are resumed waits until that room is joined again: it went out before the
     * room's join, and a real room refused it ({@code NOT_IN_ROOM}).
     */
    @Test
    void aLineTypedDuringAResumeWaitsForItsRoom() throws Exception {
        try (RoomPeer peer = new RoomPeer(); ClientFixture fixture = new ClientFixture()) {
            inRoomsAAndBThenDropped(peer, fixture);
            assertTrue(fixture.client.room("b"));
            assertTrue(fixture.client.send("hello b"));
            peer.joined("a", 3, "kay");
            assertEquals("JOIN b 5", peer.read(), "the tab's member list and the line wait for the room's join");
            peer.joined("b", 5, "kay");
            assertEquals("NAMES b", peer.read());
            assertEquals("MSG b hello b", peer.read());
        }
    }

    /** A line typed to a room that refuses its resume is given back as not sent, and nothing goes to that room. */
    @Test
    void aLineForARoomThatRefusesItsResumeIsGivenBack() throws Exception {
        try (RoomPeer peer = new RoomPeer(); ClientFixture fixture = new ClientFixture()) {
            inRoomsAAndBThenDropped(peer, fixture);
            assertTrue(fixture.client.send("hello a"));
            peer.send("ERR ROOM_PASSWORD The room a needs a password.");
            assertEquals("JOIN b 5", peer.read());
            peer.joined("b", 5, "kay");
            fixture.listener.awaitEvent(e -> e.kind() == Kind.ERROR
                    && e.text().equals("Not sent, as the room a could not be joined again: hello a"), WAIT);
            assertTrue(fixture.client.send("/rooms"));
            assertEquals("ROOMS", peer.read(), "nothing went to room a");
        }
    }
}
