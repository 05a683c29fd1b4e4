package org.chatroom.client.internal;

/**
 * A typed line that goes to a room, typed while the client is in none: refused with a message for the user, and the
 * line is not taken (a UI keeps it in its input field).
 */
final class NoRoomException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    NoRoomException() {
        super(Messages.format("room.none"));
    }
}
