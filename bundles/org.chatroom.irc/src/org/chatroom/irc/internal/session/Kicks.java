package org.chatroom.irc.internal.session;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.chatroom.api.log.RoomEvent;

/**
 * The kicks this listener's operators made, so that the other IRC clients see the member's leave as {@code KICK} by
 * the operator rather than as {@code PART}: the rooms record a kick as a leave by the host. The first leave
 * of that member from that room delivered after the kick is the kick's (every client asking about the same event gets
 * the same answer); any later one is a leave again. Kicks made elsewhere (the desktop's host, another server sharing
 * the rooms) are a {@code KICK} by whom the room's event names ({@code RoomEvent.by}).
 */
final class Kicks {

    /** Forgets them all past this many: a kick whose leave never came (the member left first) is not kept forever. */
    private static final int MAX_KICKS = 1_000;

    /**
     * A kick by {@code kicker} for {@code reason} as typed (the room's leave says "kicked by host: REASON");
     * {@code seq} is the sequence number of its leave once delivered, 0 before.
     */
    record Kick(String kicker, String reason, AtomicLong seq, AtomicBoolean memberTold) {

        /** The reason a {@code KICK} line gives: as typed, or the kicker's nick for none, as IRC servers do. */
        String shown() {
            return reason.isEmpty() ? IrcNames.nick(kicker) : reason;
        }
    }

    private final Map<String, Kick> byMember = new ConcurrentHashMap<>();

    /** {@code kicker} is about to take {@code name} out of {@code room} for {@code reason} (empty for none). */
    void kicking(String room, String name, String kicker, String reason) {
        if (byMember.size() >= MAX_KICKS) {
            byMember.clear();
        }
        byMember.put(key(room, name), new Kick(kicker, reason, new AtomicLong(), new AtomicBoolean()));
    }

    /**
     * The kick that is taking {@code name} out of {@code room}, for the member itself, once (a later removal, by the
     * host, is not this kick); or null.
     */
    Kick ofMember(String room, String name) {
        Kick kick = byMember.get(key(room, name));
        return kick != null && kick.memberTold().compareAndSet(false, true) ? kick : null;
    }

    /** The kick of {@code room} and {@code name} did not happen. */
    void failed(String room, String name) {
        byMember.remove(key(room, name));
    }

    /** The kick whose leave {@code leave} is, or null for a plain leave. */
    Kick of(RoomEvent leave) {
        Kick kick = byMember.get(key(leave.room(), leave.name()));
        if (kick == null) {
            return null;
        }
        kick.seq().compareAndSet(0, leave.seq());
        return kick.seq().get() == leave.seq() ? kick : null;
    }

    private static String key(String room, String name) {
        return NameKeys.of(room) + " " + NameKeys.of(name);
    }
}
