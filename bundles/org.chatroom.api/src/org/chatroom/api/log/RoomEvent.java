package org.chatroom.api.log;

import java.time.Instant;
import java.util.Objects;

/**
 * An event as the log keeps it.
 *
 * @param room the room's name as the room service gave it to {@link RoomLog#open}
 * @param seq  its number in the room: 1 for the first event, then one more for each event, with no gap and never
 *             reused, also across restarts and retention
 * @param time server time of the event
 * @param kind what happened
 * @param name the member it is about
 * @param text the message, action or topic text, the leave reason or the new name; empty when none
 * @param by   for a {@link EventKind#LEAVE}: who removed the member, the kicker's name for a kick, {@link #SERVER}
 *             when the server or its host did (a ban, a kick from the host's window or console); empty when the
 *             member left by itself, and for every other kind
 *             (since 1.3)
 */
public record RoomEvent(String room, long seq, Instant time, EventKind kind, String name, String text, String by) {

    /**
     * {@link #by()} of a member the server removed (a ban) or its host (who is no member, and whose name a member may
     * have), rather than a member.
     */
    public static final String SERVER = "*";

    public RoomEvent {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(by, "by");
        if (seq < 1) {
            throw new IllegalArgumentException("sequence numbers start at 1: " + seq);
        }
    }

    /** An event nobody else caused ({@link #by()} empty). */
    public RoomEvent(String room, long seq, Instant time, EventKind kind, String name, String text) {
        this(room, seq, time, kind, name, text, "");
    }

    /** Whether this is the leave of a member somebody (or the server) removed. */
    public boolean removal() {
        return kind == EventKind.LEAVE && !by.isEmpty();
    }
}
