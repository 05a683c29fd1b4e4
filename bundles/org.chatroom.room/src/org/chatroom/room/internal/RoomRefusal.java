package org.chatroom.room.internal;

import org.chatroom.protocol.ErrorCode;

/** A room request refused: {@link #code()} and a message for the member who asked. */
final class RoomRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ErrorCode code;

    RoomRefusal(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    ErrorCode code() {
        return code;
    }
}
