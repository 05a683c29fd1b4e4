package org.chatroom.irc.internal.wire;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Tag values (IRCv3 message-tags escaping) and the tags the server sends. */
public final class Tags {

    private Tags() {
    }

    public static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i == value.length()) {
                break; // a trailing backslash is dropped
            }
            char next = value.charAt(i);
            out.append(switch (next) {
            case ':' -> ';';
            case 's' -> ' ';
            case 'r' -> '\r';
            case 'n' -> '\n';
            default -> next;
            });
        }
        return out.toString();
    }

    /** {@code time=...} in the server-time format (UTC, milliseconds). */
    public static String time(Instant time) {
        return "time=" + time.truncatedTo(ChronoUnit.MILLIS).toString().replaceFirst("(\\d\\d:\\d\\d:\\d\\d)Z$",
                "$1.000Z");
    }
}
