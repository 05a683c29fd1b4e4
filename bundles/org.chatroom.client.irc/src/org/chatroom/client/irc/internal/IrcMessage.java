package org.chatroom.client.irc.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One IRC line split into its parts: {@code [@tags] [:source] COMMAND params [:trailing]}. Only the
 * {@code time} tag ({@code server-time}) is kept; other tags are skipped.
 *
 * @param time    the server's time of the line, or {@code null} when it sent none
 * @param source  the prefix without its colon ({@code nick!user@host} or a server name), empty when absent
 * @param command the command or three-digit numeric, upper case
 * @param params  the parameters, the trailing one last
 */
record IrcMessage(Instant time, String source, String command, List<String> params) {

    /** @return the parsed line, or {@code null} when it holds no command */
    static IrcMessage parse(String line) {
        int at = 0;
        Instant time = null;
        if (line.startsWith("@")) {
            int end = line.indexOf(' ');
            if (end < 0) {
                return null;
            }
            time = time(line.substring(1, end));
            at = end + 1;
        }
        at = skipSpaces(line, at);
        String source = "";
        if (line.startsWith(":", at)) {
            int end = line.indexOf(' ', at);
            if (end < 0) {
                return null;
            }
            source = line.substring(at + 1, end);
            at = end;
        }
        List<String> words = new ArrayList<>();
        while (true) {
            at = skipSpaces(line, at);
            if (at >= line.length()) {
                break;
            }
            if (line.charAt(at) == ':' && !words.isEmpty()) {
                words.add(line.substring(at + 1));
                break;
            }
            int end = line.indexOf(' ', at);
            words.add(end < 0 ? line.substring(at) : line.substring(at, end));
            at = end < 0 ? line.length() : end;
        }
        if (words.isEmpty()) {
            return null;
        }
        return new IrcMessage(time, source, words.get(0).toUpperCase(Locale.ROOT), List.copyOf(words.subList(1,
                words.size())));
    }

    /** The nick of the source ({@code nick} of {@code nick!user@host}). */
    String nick() {
        int bang = source.indexOf('!');
        return bang < 0 ? source : source.substring(0, bang);
    }

    /** Parameter {@code index}, empty when missing. */
    String param(int index) {
        return index < params.size() ? params.get(index) : "";
    }

    /** The last parameter (the text of most commands), empty when none. */
    String last() {
        return params.isEmpty() ? "" : params.get(params.size() - 1);
    }

    /** Whether the command is a numeric reply. */
    boolean numeric() {
        return command.length() == 3 && Character.isDigit(command.charAt(0));
    }

    private static int skipSpaces(String line, int at) {
        while (at < line.length() && line.charAt(at) == ' ') {
            at++;
        }
        return at;
    }

    private static Instant time(String tags) {
        for (String tag : tags.split(";")) {
            if (tag.startsWith("time=")) {
                try {
                    return Instant.parse(tag.substring(5));
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
