package org.chatroom.console.internal;

import java.util.concurrent.TimeUnit;

/**
 * Paces the lines the console says to the room: {@value #BURST} at once, then {@value #RATE} a second, below the
 * room's default limit (20 a second with bursts of 40, PROTOCOL.md), which refuses what comes faster. A script's lines
 * or a paste of many went out as fast as they were read: 37 of 60 piped lines reached the room, the others were
 * refused as too fast, and the console left with nothing lost in its own eyes. A person typing never waits.
 */
final class LinePacer {

    /** Lines a second once the burst is spent. */
    static final int RATE = 15;
    /** Lines said at once. */
    static final int BURST = 30;

    private double tokens = BURST;
    private long last = System.nanoTime();

    /** Waits, when the lines come faster than the pace, until one more may be said; then counts it. */
    void awaitTurn() throws InterruptedException {
        refill();
        if (tokens < 1) {
            TimeUnit.NANOSECONDS.sleep((long) ((1 - tokens) * TimeUnit.SECONDS.toNanos(1) / RATE));
            refill();
        }
        tokens = Math.max(0, tokens - 1);
    }

    private void refill() {
        long now = System.nanoTime();
        tokens = Math.min(BURST, tokens + (now - last) * (double) RATE / TimeUnit.SECONDS.toNanos(1));
        last = now;
    }
}
