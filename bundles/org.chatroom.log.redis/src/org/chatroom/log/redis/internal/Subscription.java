package org.chatroom.log.redis.internal;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.log.RoomEventListener;
import org.osgi.service.log.Logger;

import redis.clients.jedis.resps.StreamEntry;

/**
 * One followed room: its listener and the sequence number last given to it. Only the follower's thread delivers, so
 * each event reaches the listener once and in order, also across reconnections (the next read starts after
 * {@link #delivered()}).
 */
final class Subscription {

    private final String room;
    private final String key;
    private final RoomEventListener listener;
    private final Logger logger;
    private volatile long delivered;
    /** {@link System#nanoTime()} when the follower last recorded this room's read position in Redis. */
    private long positionRecordedAt;


    Subscription(String room, String key, RoomEventListener listener, long delivered, Logger logger) {
        this.room = room;
        this.key = key;
        this.listener = listener;
        this.delivered = delivered;
        this.logger = logger;
        this.positionRecordedAt = System.nanoTime();
    }

    String room() {
        return room;
    }

    RoomEventListener listener() {
        return listener;
    }

    /** The room's stream key. */
    String key() {
        return key;
    }

    /** Sequence number of the newest event given to the listener. */
    long delivered() {
        return delivered;
    }

    long positionRecordedAt() {
        return positionRecordedAt;
    }

    void positionRecorded(long nanos) {
        positionRecordedAt = nanos;
    }

    /** Makes the follower record the position before its next read (after a reconnection: it may have expired). */
    void positionStale() {
        positionRecordedAt = System.nanoTime() - TimeUnit.DAYS.toNanos(1);
    }

    /** Gives the listener the entries it has not had yet, in order (the follower's thread only). */
    void deliver(List<StreamEntry> entries) {
        for (StreamEntry entry : entries) {
            long seq = EventCodec.sequence(entry.getID());
            if (seq <= delivered) {
                continue;
            }
            if (seq > delivered + 1) {
                logger.warn(Messages.get("gap", room, delivered + 1, seq - 1));
            }
            delivered = seq;
            RoomEvent event;
            try {
                event = EventCodec.decode(room, entry);
            } catch (RuntimeException e) {
                logger.error("Entry {} of room {} is not an event of this log; skipped", entry.getID(), room, e);
                continue;
            }
            try {
                listener.committed(event);
            } catch (RuntimeException e) {
                logger.error("The listener of room {} failed on event {}", room, seq, e);
            }
        }
    }
}
