package org.chatroom.transport.socket.connection;

import java.util.concurrent.TimeUnit;

/**
 * When an {@link IoLoop} may write its connections again: at once when it wrote nothing for a window, else once the
 * window since its last write has passed ({@link IoLoopConfig#write_gather_micros()}; 0: always at once). Loop
 * thread only.
 */
final class GatherWindow {

    private final long nanos;
    /** {@code System.nanoTime()} before which the loop does not write again. */
    private long due;

    GatherWindow(long micros) {
        this.nanos = TimeUnit.MICROSECONDS.toNanos(micros);
        this.due = System.nanoTime();
    }

    /** Nanos left of the window; 0 when the loop may write now. */
    long left() {
        if (nanos == 0) {
            return 0;
        }
        long left = due - System.nanoTime();
        return left > 0 ? left : 0;
    }

    /** The loop writes now: the next window starts. */
    void writing() {
        due = System.nanoTime() + nanos;
    }

    /** {@code millis}, or less so that a select with {@code left} nanos of the window returns when it ends. */
    static long selectMillis(long millis, long left) {
        return left > 0 ? Math.min(millis, TimeUnit.NANOSECONDS.toMillis(left + 999_999)) : millis;
    }
}
