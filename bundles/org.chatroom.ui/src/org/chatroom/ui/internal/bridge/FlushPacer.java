package org.chatroom.ui.internal.bridge;

/**
 * When the next flush of the event bridge may go: at once when nothing was flushed for an interval (a line in a
 * quiet room shows without waiting), else one interval after the last flush (a flood still costs the UI one batch
 * per interval). Times in nanoseconds of {@link System#nanoTime()}; not thread-safe (the caller synchronises).
 */
public final class FlushPacer {

    private final long intervalNanos;
    private long lastFlush;
    private boolean flushed;

    public FlushPacer(long intervalNanos) {
        this.intervalNanos = intervalNanos;
    }

    /** @return how long to wait, from {@code now}, before the next flush */
    public long delay(long now) {
        if (!flushed) {
            return 0;
        }
        return Math.max(0, lastFlush + intervalNanos - now);
    }

    /** A flush went out at {@code now}. */
    public void flushed(long now) {
        lastFlush = now;
        flushed = true;
    }
}
