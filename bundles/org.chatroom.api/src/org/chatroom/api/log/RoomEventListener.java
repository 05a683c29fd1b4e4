package org.chatroom.api.log;

import org.osgi.annotation.versioning.ConsumerType;

/** Receives a room's events once they are committed, in sequence order, one call at a time. */
@ConsumerType
@FunctionalInterface
public interface RoomEventListener {

    /**
     * {@code event} is committed: it survives a crash of this process (and, for a distributed log, the loss of this
     * node). Called from a thread of the log (or from {@link RoomStream#append} itself when the log commits at
     * once), in sequence order with no gap; must not block.
     */
    void committed(RoomEvent event);

    /**
     * {@code draft}, which {@link RoomStream#append} accepted, will never be committed: the log failed to store it
     * after accepting it (a log that appends later, in rounds). Whoever made it is to be told that it was not sent;
     * it is never given to {@link #committed}. Called from a thread of the log; must not block.
     *
     * @param why says why, for the person whose event it was
     * @since 1.2
     */
    default void refused(EventDraft draft, RoomLogException why) {
        // a log that commits at once refuses in append itself
    }
}
