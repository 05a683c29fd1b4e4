package org.chatroom.log.redis.internal;

/** Pauses between attempts to reach Redis: doubling from 50 ms up to a ceiling; {@link #cancel} ends a pause. */
final class Backoff {

    private static final long FIRST_MILLIS = 50;

    private final long ceilingMillis;
    private long nextMillis = FIRST_MILLIS;
    private boolean cancelled;

    Backoff(long ceilingMillis) {
        this.ceilingMillis = Math.max(FIRST_MILLIS, ceilingMillis);
    }

    /** Waits the next pause (shorter when cancelled); returns false once cancelled. */
    synchronized boolean pause() {
        long end = System.nanoTime() + nextMillis * 1_000_000;
        nextMillis = Math.min(ceilingMillis, nextMillis * 2);
        long left;
        while (!cancelled && (left = end - System.nanoTime()) > 0) {
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancelled = true;
            }
        }
        return !cancelled;
    }

    /** Redis answered: the next outage starts with a short pause again. */
    synchronized void reset() {
        nextMillis = FIRST_MILLIS;
    }

    synchronized void cancel() {
        cancelled = true;
        notifyAll();
    }
}
