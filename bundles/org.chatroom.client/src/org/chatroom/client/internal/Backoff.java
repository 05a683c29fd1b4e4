package org.chatroom.client.internal;

import java.util.concurrent.ThreadLocalRandom;

/** Exponential reconnect delays with a little jitter, so clients of a restarted room do not all return at once. */
final class Backoff {

    private final long initialMillis;
    private final long maxMillis;
    private long nextMillis;

    Backoff(long initialMillis, long maxMillis) {
        this.initialMillis = Math.max(1, initialMillis);
        this.maxMillis = Math.max(this.initialMillis, maxMillis);
        this.nextMillis = this.initialMillis;
    }

    /** The delay before the next attempt; each call doubles the following one, up to the maximum. */
    synchronized long next() {
        long delay = nextMillis;
        nextMillis = Math.min(maxMillis, nextMillis * 2);
        long jitter = delay / 5;
        return delay - jitter + ThreadLocalRandom.current().nextLong(2 * jitter + 1);
    }

    synchronized void reset() {
        nextMillis = initialMillis;
    }
}
