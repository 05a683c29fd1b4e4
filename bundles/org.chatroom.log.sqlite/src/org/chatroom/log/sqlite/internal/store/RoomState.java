package org.chatroom.log.sqlite.internal.store;

import org.chatroom.api.log.Retention;
import org.chatroom.api.log.RoomEventListener;

/**
 * What the store knows of one room. The writer thread alone changes {@link #written} (numbers given in the batch
 * being written); the committed numbers are published after each commit.
 */
final class RoomState {

    final String name;
    final long id;
    /** Sequence number of the newest event written, possibly not yet committed: writer thread only. */
    long written;
    /** Sequence number of the oldest event kept once the batch being written commits: writer thread only. */
    long writtenFirst;
    private volatile long committed;
    private volatile long first;
    private volatile Retention retention; // null: the store's default
    private volatile RoomEventListener listener; // null: closed
    private volatile boolean deleted;

    RoomState(String name, long id, long committed, long first, Retention retention) {
        this.name = name;
        this.id = id;
        this.written = committed;
        this.writtenFirst = first;
        this.committed = committed;
        this.first = first;
        this.retention = retention;
    }

    long committed() {
        return committed;
    }

    long first() {
        return first;
    }

    /** After a commit: the batch's numbers are durable. */
    void published() {
        committed = written;
        first = writtenFirst;
    }

    /** After a failed batch: its numbers are given again. */
    void rolledBack() {
        written = committed;
        writtenFirst = first;
    }

    Retention retention() {
        return retention;
    }

    void retention(Retention own) {
        retention = own;
    }

    RoomEventListener listener() {
        return listener;
    }

    synchronized boolean open(RoomEventListener newListener) {
        if (listener != null || deleted) {
            return false;
        }
        listener = newListener;
        return true;
    }

    synchronized boolean isOpen() {
        return listener != null;
    }

    synchronized void close() {
        listener = null;
    }

    boolean isDeleted() {
        return deleted;
    }

    synchronized void markDeleted() {
        listener = null;
        deleted = true;
    }
}
