package org.chatroom.api.log;

import java.time.Duration;
import java.util.Objects;

/**
 * How much of a room's history the log keeps: at most {@code maxEvents} events and none older than {@code maxAge}.
 * The newest event of a room is always kept, so that its sequence numbers continue after a restart.
 *
 * @param maxEvents most events kept, {@code 0} for no limit by count
 * @param maxAge    oldest event kept, {@link Duration#ZERO} for no limit by age
 */
public record Retention(long maxEvents, Duration maxAge) {

    /** Keep everything. */
    public static final Retention UNLIMITED = new Retention(0, Duration.ZERO);

    public Retention {
        Objects.requireNonNull(maxAge, "maxAge");
        if (maxEvents < 0 || maxAge.isNegative()) {
            throw new IllegalArgumentException("retention limits cannot be negative: " + maxEvents + ", " + maxAge);
        }
    }
}
