package org.chatroom.api.log;

import java.time.Instant;
import java.util.Objects;

/**
 * An event the room wants logged; the log gives it its sequence number.
 *
 * @param time server time of the event
 * @param kind what happened
 * @param name the member it is about (the sender, the one who joined, left or set the topic, the old name)
 * @param text the message, action or topic text, the leave reason or the new name; empty when none
 * @param by   who removed the member of a leave ({@link RoomEvent#by()}); empty for none (since 1.3)
 */
public record EventDraft(Instant time, EventKind kind, String name, String text, String by) {

    public EventDraft {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(by, "by");
    }

    /** A draft nobody else caused ({@link #by()} empty). */
    public EventDraft(Instant time, EventKind kind, String name, String text) {
        this(time, kind, name, text, "");
    }

    /** This draft as event {@code seq} of {@code room}. */
    public RoomEvent committed(String room, long seq) {
        return new RoomEvent(room, seq, time, kind, name, text, by);
    }
}
