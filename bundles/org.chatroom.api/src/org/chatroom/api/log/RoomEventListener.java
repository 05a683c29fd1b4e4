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
}
