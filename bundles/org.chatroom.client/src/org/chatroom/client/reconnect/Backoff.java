package org.chatroom.client.reconnect;

import java.util.concurrent.ThreadLocalRandom;

/** Exponential reconnect delays with a little jitter, so clients of a restarted room do not all return at once. */
public final class Backoff {

    private final long initialMillis;
    private final long maxMillis;
    private long nextMillis;

    public Backoff(long initialMillis, long maxMillis) {
        this.initialMillis = Math.max(1, initialMillis);
        this.maxMillis = Math.max(this.initialMillis, maxMillis);
        this.nextMillis = this.initialMillis;
    }

    /** The delay before the next attempt; each call doubles the following one, up to the maximum. */
    public synchronized long next() {
        long delay = nextMillis;
        nextMillis = Math.min(maxMillis, nextMillis * 2);
        long jitter = delay / 5;
        return delay - jitter + ThreadLocalRandom.current().nextLong(2 * jitter + 1);
    }

    /** After a successful connection: the next loss waits the initial delay again. */
    public synchronized void reset() {
        nextMillis = initialMillis;
    }
}
