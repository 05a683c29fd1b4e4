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
 */
public record RoomEvent(String room, long seq, Instant time, EventKind kind, String name, String text) {

    public RoomEvent {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        if (seq < 1) {
            throw new IllegalArgumentException("sequence numbers start at 1: " + seq);
        }
    }
}
