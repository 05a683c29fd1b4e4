package org.chatroom.api.log;

/** The kinds of room event the log keeps. */
public enum EventKind {
    /** {@code name} said {@code text}. */
    MESSAGE,
    /** {@code name} did {@code text} ({@code /me}). */
    ACTION,
    /** {@code name} set the topic to {@code text} (empty: cleared). */
    TOPIC,
    /** {@code name} joined the room. */
    JOIN,
    /** {@code name} left the room; {@code text} is the reason, possibly empty. */
    LEAVE,
    /** {@code name} is now known as {@code text}. */
    NICK
}
