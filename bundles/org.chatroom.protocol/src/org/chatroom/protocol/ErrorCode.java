package org.chatroom.protocol;

/** The codes of {@code ERR} lines. */
public enum ErrorCode {
    NICK_EMPTY, NICK_TOO_LONG, NICK_INVALID, NICK_TAKEN, NOT_JOINED, TOO_LONG, BAD_UTF8, RATE_LIMITED, NO_SUCH_MEMBER,
    UNKNOWN_COMMAND, BAD_COMMAND,
    /** The room's password was wrong or missing. */
    BAD_PASSWORD,
    /** The text holds a character the room refuses ({@link TextRules}): a control, separator or bidi character. */
    BAD_TEXT,
    /** Too many wrong passwords from this address: try again later. */
    LOCKED_OUT,
    /** Protocol 2 (since 1.2): no room of that name. */
    NO_SUCH_ROOM,
    /** Protocol 2: the room name breaks the rules. */
    ROOM_INVALID,
    /** Protocol 2: a room of that name exists already. */
    ROOM_EXISTS,
    /** Protocol 2: the client is not in that room. */
    NOT_IN_ROOM,
    /** Protocol 2: the client is in that room already. */
    ALREADY_IN_ROOM,
    /** Protocol 2: the server hosts as many rooms as it may. */
    TOO_MANY_ROOMS,
    /** Protocol 2: the client is in as many rooms as one member may be. */
    MEMBER_ROOM_LIMIT,
    /** Protocol 2: the room has as many members as it may. */
    ROOM_FULL,
    /** Protocol 2: only the host may create rooms on this server. */
    CREATE_DENIED,
    /** Protocol 2: a history or search request out of bounds (negative, zero or too large a count). */
    BAD_HISTORY,
    /** Protocol 2: a sequence number the room has not reached yet. */
    FUTURE_SEQ,
    /**
     * Protocol 2 (since 1.3): a resume names a room that is not there any longer: the room of that name now is
     * another (closed and created again, or its history did not outlive a restart); join it anew.
     */
    ROOM_REPLACED,
    /** Protocol 2: the client joins rooms too fast. */
    JOIN_LIMITED,
    /** Protocol 2: the room's password was wrong or missing. */
    ROOM_PASSWORD,
    /** Protocol 2: the client's name or address is banned from that room. */
    ROOM_BANNED,
    /** The room's log cannot take the message now: it was not delivered to anyone (since 1.2, all versions). */
    LOG_UNAVAILABLE;

    /** @return the code named {@code name}, or {@code null} for a code this version does not know. */
    public static ErrorCode parse(String name) {
        for (ErrorCode code : values()) {
            if (code.name().equals(name)) {
                return code;
            }
        }
        return null;
    }
}
