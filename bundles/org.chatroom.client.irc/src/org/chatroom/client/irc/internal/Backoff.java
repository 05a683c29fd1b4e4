package org.chatroom.client.irc.internal;

import java.util.concurrent.ThreadLocalRandom;

/** Reconnect delays: doubling from the first to the longest, each within 20 % either way so clients spread out. */
final class Backoff {

    private final long first;
    private final long longest;
    private long next;

    Backoff(long first, long longest) {
        this.first = Math.max(1, first);
        this.longest = Math.max(this.first, longest);
        this.next = this.first;
    }

    synchronized long next() {
        long delay = next;
        next = Math.min(longest, next * 2);
        return (long) (delay * (0.8 + 0.4 * ThreadLocalRandom.current().nextDouble()));
    }

    synchronized void reset() {
        next = first;
    }
}
