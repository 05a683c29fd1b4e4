package org.chatroom.room.internal;

import java.util.ArrayList;
import java.util.List;

import org.chatroom.api.log.EventKind;
import org.chatroom.api.log.RoomEvent;

/**
 * A member's place in one room. While its history is being read ({@link #syncing()}) live events wait here, so that
 * the history ends exactly where the live stream begins; an original or {@code chatroom/1} member skips the echo of
 * its own join (it got its welcome instead) and whatever the log ordered before it but committed after the member
 * took its seat (its member list already has those who joined just before). Used under the lobby's lock only.
 */
final class Seat {

    private final Session session;
    private final int maxPendingBytes;
    private String joinEcho; // the name whose JOIN this member does not get, or null
    private List<Delivery> pending; // null when live
    private long pendingBytes;

    Seat(Session session, boolean syncing, String joinEcho, int maxPendingBytes) {
        this.session = session;
        this.joinEcho = joinEcho;
        this.maxPendingBytes = maxPendingBytes;
        this.pending = syncing ? new ArrayList<>() : null;
    }

    Session session() {
        return session;
    }

    boolean syncing() {
        return pending != null;
    }

    /** Whether this member simply gets every event now: not skipping up to its own join, not reading history. */
    boolean plain() {
        return joinEcho == null && pending == null;
    }

    /** @return whether this seat became {@link #plain()} */
    boolean deliver(Delivery delivery, RoomEvent event) {
        if (joinEcho != null) { // ordered before this member's own join, or the join itself: not for this member
            if (event.kind() == EventKind.JOIN && joinEcho.equals(event.name())) {
                joinEcho = null;
                return pending == null;
            }
            return false;
        }
        if (pending == null) {
            session.deliver(delivery);
            return false;
        }
        pending.add(delivery);
        pendingBytes += delivery.size();
        if (pendingBytes > maxPendingBytes) {
            session.connection().close("too slow to keep up while joining");
        }
        return false;
    }

    /** Sends what waited during the history, then goes live. */
    void live() {
        if (pending != null) {
            for (Delivery delivery : pending) {
                session.deliver(delivery);
            }
            pending = null;
        }
    }
}
