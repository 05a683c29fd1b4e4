package org.chatroom.log.sqlite.internal.store;

/** Where the store reports what goes wrong after it started (the component logs it). */
public interface Problems {

    /** A transaction failed and was rolled back: its {@code events} were not logged and not delivered. */
    void batchFailed(int events, Exception cause);

    /** A room's listener threw; the writer carries on with the next event. */
    void listenerFailed(String room, RuntimeException cause);

    /** Copying the WAL into the database failed; the WAL keeps the events and the next checkpoint tries again. */
    void checkpointFailed(Exception cause);
}
