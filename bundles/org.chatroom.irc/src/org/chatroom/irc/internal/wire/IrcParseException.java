package org.chatroom.irc.internal.wire;

/** A line that is no IRC message (no command, bad tags). */
public final class IrcParseException extends Exception {

    private static final long serialVersionUID = 1L;

    public IrcParseException(String message) {
        super(message);
    }
}
