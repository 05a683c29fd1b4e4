package org.chatroom.ui.internal.privates;

import java.time.Duration;
import java.time.Instant;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;

/**
 * What a conversation says of its member's leaves and joins in the rooms the user is in: that they left (a member who
 * leaves the server leaves each room at once: said once, in the room's words, "bob left the chat (quit)"), and that
 * they came back (their first join after a leave it said; a join to one more room is no news). A member who leaves
 * one room and is still in another of the user's rooms has not left the conversation: nothing is said.
 */
final class PeerPresence {

    /** Leaves with one reason this close together are one departure: one per room the member was in. */
    private static final Duration ONE_DEPARTURE = Duration.ofSeconds(5);

    private Kind last;
    private Instant lastTime = Instant.EPOCH;
    private String lastReason = "";

    /**
     * @param elsewhere whether the member is still in one of the user's rooms, as the rooms' member lists stand
     * @return whether the conversation says {@code event} (a leave or join of its member)
     */
    boolean told(ChatEvent event, boolean elsewhere) {
        boolean tell;
        if (event.kind() == Kind.LEAVE && elsewhere) {
            tell = false; // left one room, still with the user in another
        } else if (event.kind() == Kind.JOIN) {
            tell = last == Kind.LEAVE; // back
        } else {
            tell = last != Kind.LEAVE || !event.text().equals(lastReason)
                    || Duration.between(lastTime, event.time()).abs().compareTo(ONE_DEPARTURE) > 0;
        }
        if (tell) {
            last = event.kind();
            lastTime = event.time();
            lastReason = event.text();
        }
        return tell;
    }
}
