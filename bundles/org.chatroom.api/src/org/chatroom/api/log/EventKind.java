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
    NICK,
    /**
     * {@code name} said {@code text} as a notice, to which no automatic reply may be sent (IRC's {@code NOTICE}, which
     * bots use so that two bots never answer each other forever). Protocols without notices get it as a message.
     *
     * @since 1.6
     */
    NOTICE;

    /**
     * @return whether this is what a member said (a message, an action or a notice): what search finds and history
     *         counts as messages
     * @since 1.6
     */
    public boolean said() {
        return this == MESSAGE || this == ACTION || this == NOTICE;
    }
}
