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
    LOCKED_OUT;

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
