package org.chatroom.room.internal;

/**
 * Rate limiting of one connection: a token bucket at the configured rate, and one five times wider past which the
 * sender is flooding and gets disconnected. Not thread safe: used from its connection's thread only.
 */
final class Admission {

    /** What to do with one incoming line. */
    enum Verdict {
        ADMIT, REFUSE, DISCONNECT
    }

    private final RateLimiter rate;
    private final RateLimiter flood;

    Admission(RoomLimits limits, long nowNanos) {
        this.rate = limits.newRateLimiter(nowNanos);
        this.flood = limits.newFloodLimiter(nowNanos);
    }

    Verdict next(long nowNanos) {
        if (!flood.tryAcquire(nowNanos)) {
            return Verdict.DISCONNECT;
        }
        return rate.tryAcquire(nowNanos) ? Verdict.ADMIT : Verdict.REFUSE;
    }
}
