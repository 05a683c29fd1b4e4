package org.chatroom.protocol;

/** A line that does not follow the protocol; {@link #getMessage()} is meant for the user who sent it. */
public final class ProtocolException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public ProtocolException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
