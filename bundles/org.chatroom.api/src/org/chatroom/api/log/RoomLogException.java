package org.chatroom.api.log;

/**
 * The log cannot do what was asked: it is unavailable (a database that cannot be written, a server that cannot be
 * reached) or overloaded. The message says why, for the person whose action was refused or for the server's log.
 */
public class RoomLogException extends Exception {

    private static final long serialVersionUID = 1L;

    public RoomLogException(String message) {
        super(message);
    }

    public RoomLogException(String message, Throwable cause) {
        super(message, cause);
    }
}
