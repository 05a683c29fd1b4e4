package org.chatroom.ui.internal.prefs;

import java.util.regex.Pattern;

import org.chatroom.ui.internal.Messages;

/** Checks of preference values; each returns a message for the user, or {@code null} when the value is fine. */
public final class Validators {

    /** Longest nickname in code points (PROTOCOL.md section 4). */
    public static final int MAX_NICK = 32;
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._:\\-\\[\\]]+");

    private Validators() {
    }

    /** One host, or several servers sharing their rooms as {@code host[:port]} separated by commas, tried in turn. */
    public static String host(String value) {
        if (value.trim().isEmpty()) {
            return Messages.errorHostEmpty;
        }
        for (String host : value.split(",")) {
            if (!HOST.matcher(host.trim()).matches()) {
                return Messages.errorHostInvalid;
            }
        }
        return null;
    }

    public static String nickname(String value) {
        if (value.isEmpty()) {
            return Messages.errorNickEmpty;
        }
        if (value.codePointCount(0, value.length()) > MAX_NICK) {
            return Messages.errorNickTooLong;
        }
        boolean bad = value.startsWith("/") || "{quit}".equalsIgnoreCase(value)
                || value.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)
                        || Character.isSpaceChar(c));
        return bad ? Messages.errorNickInvalid : null;
    }

    /** @return the value as an int when it lies in [min, max], else {@code null} */
    public static Integer intInRange(String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            return n >= min && n <= max ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
