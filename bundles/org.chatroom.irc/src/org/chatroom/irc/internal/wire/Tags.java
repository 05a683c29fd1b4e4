package org.chatroom.irc.internal.wire;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The tags the server sends (their values unescaped: {@link org.chatroom.protocol.irc.TagValues}). */
public final class Tags {

    private Tags() {
    }

    /** {@code time=...} in the server-time format (UTC, milliseconds). */
    public static String time(Instant time) {
        return "time=" + time.truncatedTo(ChronoUnit.MILLIS).toString().replaceFirst("(\\d\\d:\\d\\d:\\d\\d)Z$",
                "$1.000Z");
    }
}
