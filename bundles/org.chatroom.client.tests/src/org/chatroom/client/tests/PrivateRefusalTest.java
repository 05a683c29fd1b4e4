package org.chatroom.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A refused private message ({@code ERR NO_SUCH_MEMBER}, which names no line) is told with the member it was for
 * ({@link ChatEvent#to()}), so that a UI says it in that member's conversation: the member the refusal names among
 * those written to and not answered yet, as a word of its own. A scripted room ({@link RoomPeer}) leaves a message
 * unanswered, as a real room does only by chance.
 */
@Timeout(120)
class PrivateRefusalTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aRefusalIsToldWithTheMemberItNamesNotAnotherWhoseNameItContains() throws Exception {
        try (RoomPeer peer = new RoomPeer(); ClientFixture fixture = new ClientFixture()) {
            peer.inRoomA(fixture, WAIT);
            assertTrue(fixture.client.send("/msg bo first"));
            assertEquals("PRIV bo first", peer.read());
            assertTrue(fixture.client.send("/msg bob second"));
            assertEquals("PRIV bob second", peer.read());
            assertTrue(fixture.client.send("/msg carol third"));
            assertEquals("PRIV carol third", peer.read());
            peer.send("PRIV " + RoomPeer.TS + " kay carol third"); // delivered: carol is no longer awaited
            peer.send("ERR NO_SUCH_MEMBER Nobody here is called bob."); // bo's message is left unanswered
            peer.send("ERR NO_SUCH_MEMBER Nobody here is called carol.");
            ChatEvent refused = fixture.listener.awaitEvent(e -> e.kind() == Kind.ERROR, WAIT);
            assertEquals("bob", refused.to(), "bob's message, not bo's: " + refused);
            ChatEvent unknown = fixture.listener.awaitEvent(e -> e.kind() == Kind.ERROR && e.text().contains("carol"),
                    WAIT);
            assertEquals("", unknown.to(), "carol's message was delivered: a refusal it cannot be");
        }
    }
}
