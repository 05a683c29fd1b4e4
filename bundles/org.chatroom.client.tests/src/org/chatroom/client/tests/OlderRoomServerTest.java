package org.chatroom.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A server restarted as a version before room identities (protocol bundle 1.2) reads {@code JOIN a 3@r1} as a bad
 * number: the client resumes the room without the identity, as before. It left the room, and every {@code /join} of
 * it was refused the same way until the client was started again.
 */
@Timeout(120)
class OlderRoomServerTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aResumeAnOlderServerCannotReadIsSentAgainWithoutTheIdentity() throws Exception {
        try (RoomPeer peer = new RoomPeer(); ClientFixture fixture = new ClientFixture()) {
            peer.connect(fixture, "a");
            peer.acceptAndWelcome("kay");
            assertEquals("JOIN a", peer.readUntil("JOIN "));
            peer.send("JOINED " + RoomPeer.TS + " a 3 r1"); // a server with identities
            peer.send("MEMBERS " + RoomPeer.TS + " a kay");
            fixture.listener.awaitEvent(e -> e.text().contains("Joined the room a"), WAIT);

            peer.drop(); // restarted as an older version
            peer.acceptAndWelcome("kay");
            assertEquals("JOIN a 3@r1", peer.readUntil("JOIN "));
            peer.send("ERR BAD_COMMAND Not a number: 3@r1");
            assertEquals("JOIN a 3", peer.readUntil("JOIN "), "the same resume, without the identity");
            peer.joined("a", 5, "kay");
            fixture.listener.awaitEvent(e -> e.text().contains("Back in a"), WAIT);
            assertEquals(List.of("a"), fixture.client.rooms());
        }
    }
}
