package org.chatroom.protocol;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Timestamps of server lines: UTC, ISO-8601 with milliseconds, e.g. {@code 2026-11-25T11:48:03.123Z}. */
public final class Timestamps {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    public static String format(Instant time) {
        return FORMAT.format(time);
    }

    /** @throws DateTimeParseException when {@code text} is not a timestamp in this format */
    public static Instant parse(String text) {
        return FORMAT.parse(text, Instant::from);
    }

    /** {@code time} cut to what the wire carries (milliseconds). */
    public static Instant truncate(Instant time) {
        return time.truncatedTo(ChronoUnit.MILLIS);
    }
}
