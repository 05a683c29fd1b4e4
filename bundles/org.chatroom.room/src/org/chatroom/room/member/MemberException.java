package org.chatroom.room.member;

import org.chatroom.protocol.ErrorCode;

/** A refusal from the rooms: the room's error code and the text it gives every protocol. */
public final class MemberException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ErrorCode code;

    public MemberException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
