package org.chatroom.room.internal;

/** A token bucket; not thread safe (each session uses its own from its connection's thread). */
final class RateLimiter {

    private final double tokensPerNano;
    private final double capacity;
    private double tokens;
    private long last;

    /** @param perSecond sustained rate; 0 or less means no limit */
    RateLimiter(double perSecond, double burst, long nowNanos) {
        this.tokensPerNano = perSecond / 1e9;
        this.capacity = Math.max(1, burst);
        this.tokens = capacity;
        this.last = nowNanos;
    }

    /** Takes one token if there is one. */
    boolean tryAcquire(long nowNanos) {
        if (tokensPerNano <= 0) {
            return true;
        }
        tokens = Math.min(capacity, tokens + (nowNanos - last) * tokensPerNano);
        last = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
