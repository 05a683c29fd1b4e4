package org.chatroom.loadtest;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Paces joins across all I/O threads: at most {@code concurrency} clients between connect and welcome at once
 * (0 = no limit), and optionally a pause after each join before the next connect.
 */
final class JoinGate {

    private final Semaphore slots;
    private final long pauseNanos;
    /** {@link System#nanoTime()} before which nobody connects; 0 before the first join. */
    private final AtomicLong notBefore = new AtomicLong();

    JoinGate(int concurrency, long pauseNanos) {
        this.slots = concurrency == 0 ? null : new Semaphore(concurrency);
        this.pauseNanos = pauseNanos;
    }

    /** True if one more client may start its handshake now; it must then call {@link #ended(long)} once. */
    boolean tryStart(long now) {
        long waitUntil = notBefore.get();
        if (waitUntil != 0 && now - waitUntil < 0) {
            return false;
        }
        return slots == null || slots.tryAcquire();
    }

    /** A handshake ended (joined or failed) at {@code now}. */
    void ended(long now) {
        if (pauseNanos > 0) {
            notBefore.set(now + pauseNanos);
        }
        if (slots != null) {
            slots.release();
        }
    }
}
