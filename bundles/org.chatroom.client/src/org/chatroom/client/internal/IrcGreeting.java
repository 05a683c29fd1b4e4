package org.chatroom.client.internal;

import java.util.regex.Pattern;

/**
 * Whether what a server sent before our protocol's prompt is IRC: an IRC server greets a new connection with lines such
 * as {@code :irc.example NOTICE * :*** Looking up your hostname...} (or {@code NOTICE AUTH}, a {@code PING}, a
 * numeric reply). Neither the original protocol nor ours sends such a line, so a client that speaks ours to an IRC
 * network can say at once that IRC is the protocol to choose, instead of waiting for a handshake that never comes
 * (which only a server on IRC's usual ports had a hint for).
 */
final class IrcGreeting {

    /** An IRC line: an optional {@code :source}, then a command IRC servers send first, or a numeric. */
    private static final Pattern LINE = Pattern.compile("^(:\\S+ )?(NOTICE|PING|ERROR|CAP|[0-9]{3}) \\S.*");

    private IrcGreeting() {
    }

    /** The most of the line said back to the user. */
    private static final int SHOWN = 100;

    /** @return the IRC line {@code text} starts with (cut to {@value #SHOWN} characters), or null when none */
    static String firstLine(String text) {
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).strip();
        if (!LINE.matcher(first).matches()) {
            return null;
        }
        return first.length() <= SHOWN ? first : first.substring(0, SHOWN) + "...";
    }
}
