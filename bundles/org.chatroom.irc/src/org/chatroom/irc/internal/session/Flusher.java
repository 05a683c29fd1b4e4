package org.chatroom.irc.internal.session;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.osgi.service.log.Logger;

/**
 * The thread that writes what the rooms deliver to IRC clients. A room delivers on its log's thread while it holds
 * the rooms' lock, which the I/O threads need for every message they read: there each client only appends its lines
 * to its batch ({@link Out#later}) and names itself here once; this thread hands each batch to its connection in one
 * write. (Writing per line and client on the delivering thread held the lock so long that both I/O threads waited
 * for it hundreds of milliseconds at a time, neither reading nor writing: the backlog of seconds under load.)
 */
public final class Flusher implements AutoCloseable {

    private static final long IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final long STOP_MILLIS = 2_000;

    private final Queue<Out> due = new ConcurrentLinkedQueue<>();
    private final Logger logger;
    private final Thread thread;
    private volatile boolean idle;
    private volatile boolean stopped;

    public Flusher(String name, Logger logger) {
        this.logger = logger;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Any thread: {@code out} has a batch to write; written here soon, or at once when this flusher stopped. */
    void flushSoon(Out out) {
        if (stopped) {
            out.flush();
            return;
        }
        due.offer(out);
        if (idle) {
            LockSupport.unpark(thread);
        }
    }

    private void run() {
        while (!stopped) {
            flushDue();
            idle = true; // then look again: a client that queued before this write is seen, one after it unparks us
            if (due.isEmpty() && !stopped) {
                LockSupport.parkNanos(this, IDLE_NANOS);
            }
            idle = false;
        }
        flushDue();
    }

    private void flushDue() {
        for (Out out = due.poll(); out != null; out = due.poll()) {
            try {
                out.flush();
            } catch (RuntimeException e) {
                logger.error("IRC flusher: writing a client's batch failed", e);
            }
        }
    }

    /** Writes what is due, then stops the thread (waits for it a bounded time). */
    @Override
    public void close() {
        stopped = true;
        LockSupport.unpark(thread);
        try {
            thread.join(STOP_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flushDue();
    }
}
