package org.chatroom.api.transport;

/** How a connection cuts the incoming byte stream into frames. */
public enum Framing {
    /**
     * The original protocol: the client sends each message as one write with no terminator. Each read is cut at
     * newlines; a trailing piece without newline is a frame of its own once it ends on a whole UTF-8 character.
     */
    CHUNKS,
    /** Newline-terminated lines ({@code \n}, an optional preceding {@code \r} is dropped); partial lines wait. */
    LINES
}
