package org.chatroom.room.internal;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.chatroom.api.transport.Connection;
import org.chatroom.room.member.MemberListener;

/**
 * One transport thread as the room sends through it ({@link Connection#executor()}): a committed event reaches the
 * members that thread serves in one task on that thread, so a room's fan-out runs on all transport threads at once
 * instead of on the thread that delivers the log's events. While such tasks are outstanding, anything else sent to a
 * member of this lane goes the same way ({@link OrderedConnection}), so a member gets its lines in the order the
 * room sent them.
 */
final class Lane {

    private final Executor executor;
    private final AtomicInteger outstanding = new AtomicInteger();
    /** Counts what was queued here other than room events: a {@link Batch} started before may not grow past it. */
    private final AtomicLong seals = new AtomicLong();

    Lane(Executor executor) {
        this.executor = executor;
    }

    /**
     * Sends {@code bytes} to every connection of {@code wires} (all served by this lane), from the lane's thread: appended
     * to {@code open} when that batch for the same connections still waits, else in a new batch.
     *
     * @return the batch the bytes went into, to pass as {@code open} with the next event for the same connections
     */
    Batch send(byte[] bytes, Connection[] wires, Batch open) {
        if (open != null && open.append(bytes, seals.get())) {
            return open;
        }
        Batch batch = new Batch(bytes, seals.get());
        later(() -> {
            byte[] all = batch.take();
            for (Connection wire : wires) {
                wire.send(all);
            }
        });
        return batch;
    }

    /**
     * Makes {@code call} to every listener of {@code listeners} (a front end's members served by this lane) on the
     * lane's thread, appended to {@code open} when that batch for the same listeners still waits.
     *
     * @return the batch the call went into, to pass as {@code open} with the next event for the same listeners
     */
    Calls call(Consumer<MemberListener> call, MemberListener[] listeners, Calls open) {
        if (open != null && open.append(call, seals.get())) {
            return open;
        }
        Calls calls = new Calls(call, seals.get());
        later(() -> calls.run(listeners));
        return calls;
    }

    /** Runs {@code task} on the lane's thread after everything queued before, room events included. */
    void behind(Runnable task) {
        seals.incrementAndGet();
        later(task);
    }

    /** Runs {@code task} on the lane's thread, after everything handed to this lane before. */
    private void later(Runnable task) {
        outstanding.incrementAndGet();
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } finally {
                    outstanding.decrementAndGet();
                }
            });
        } catch (RuntimeException e) {
            outstanding.decrementAndGet();
            throw e;
        }
    }

    /** Whether tasks handed to this lane have not finished: a send now must queue behind them to keep the order. */
    boolean busy() {
        return outstanding.get() > 0;
    }
}
