package org.chatroom.client.irc.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chatroom.protocol.irc.TagValues;

/**
 * One IRC line split into its parts: {@code [@tags] [:source] COMMAND params [:trailing]}.
 *
 * @param time    the server's time of the line ({@code server-time}), or {@code null} when it sent none
 * @param source  the prefix without its colon ({@code nick!user@host} or a server name), empty when absent
 * @param command the command or three-digit numeric, upper case
 * @param params  the parameters, the trailing one last
 * @param tags    the message tags with their values unescaped ({@code msgid}, {@code batch}, ...); empty for none
 */
record IrcMessage(Instant time, String source, String command, List<String> params, Map<String, String> tags) {

    /** @return the parsed line, or {@code null} when it holds no command */
    static IrcMessage parse(String line) {
        int at = 0;
        Map<String, String> tags = Map.of();
        if (line.startsWith("@")) {
            int end = line.indexOf(' ');
            if (end < 0) {
                return null;
            }
            tags = tags(line.substring(1, end));
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
        return new IrcMessage(time(tags.get("time")), source, words.get(0).toUpperCase(Locale.ROOT),
                List.copyOf(words.subList(1, words.size())), tags);
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

    /** The value of tag {@code name}, empty when the line has no such tag. */
    String tag(String name) {
        return tags.getOrDefault(name, "");
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

    private static Map<String, String> tags(String text) {
        Map<String, String> tags = new HashMap<>();
        for (String tag : text.split(";")) {
            int equals = tag.indexOf('=');
            if (equals < 0) {
                tags.put(tag, "");
            } else {
                tags.put(tag.substring(0, equals), TagValues.unescape(tag.substring(equals + 1)));
            }
        }
        return tags;
    }

    private static Instant time(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
