package org.chatroom.log.sqlite.internal.store;

import java.nio.file.Path;

/** The store cannot start: the message names the file and says why, for the server's log. */
public final class StoreException extends Exception {

    private static final long serialVersionUID = 1L;

    private StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    static StoreException atStart(Path database, String reason, Throwable cause) {
        return new StoreException(Texts.get("start.failed", database, reason), cause);
    }
}
