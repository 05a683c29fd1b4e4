package org.chatroom.irc.internal.wire;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.chatroom.protocol.irc.TagValues;

/**
 * One IRC message from a client ("Modern IRC" message format): optional tags, optional source, a command (upper
 * cased), up to 15 parameters, the last of which may be a trailing one.
 */
public record IrcMessage(Map<String, String> tags, String source, String command, List<String> params) {

    /** Bytes of the tag section a client may send, the leading {@code @} and the trailing space included. */
    public static final int MAX_CLIENT_TAG_BYTES = 4094;
    /** Bytes of the rest of a line, without CR LF. */
    public static final int MAX_LINE_BYTES = 510;
    private static final int MAX_PARAMS = 15;
    /** Compiled once: {@link String#matches} compiled them again for every line a client sent. */
    private static final Pattern COMMAND = Pattern.compile("[A-Za-z]+|[0-9]{3}");
    private static final Pattern TAG_KEY = Pattern.compile("\\+?([A-Za-z0-9.-]+/)?[A-Za-z0-9-]+");

    public String param(int index) {
        return index < params.size() ? params.get(index) : null;
    }

    /** Whether the message has at least {@code count} parameters. */
    public boolean has(int count) {
        return params.size() >= count;
    }

    /**
     * @param line a received line, without CR LF
     * @throws IrcParseException when it has no command or malformed tags
     * @throws LineTooLong when its tags or the rest exceed the limits
     */
    public static IrcMessage parse(String line) throws IrcParseException, LineTooLong {
        int at = 0;
        Map<String, String> tags = Map.of();
        if (line.startsWith("@")) {
            int space = line.indexOf(' ');
            if (space < 0) {
                throw new IrcParseException("tags without a command");
            }
            if (utf8(line.substring(0, space + 1)) > MAX_CLIENT_TAG_BYTES) {
                throw new LineTooLong();
            }
            tags = tags(line.substring(1, space));
            at = space + 1;
        }
        String rest = line.substring(at);
        if (utf8(rest) > MAX_LINE_BYTES) {
            throw new LineTooLong();
        }
        return withoutTags(tags, rest.stripLeading());
    }

    private static IrcMessage withoutTags(Map<String, String> tags, String rest) throws IrcParseException {
        String source = null;
        String text = rest;
        if (text.startsWith(":")) {
            int space = text.indexOf(' ');
            if (space < 0) {
                throw new IrcParseException("a source without a command");
            }
            source = text.substring(1, space);
            text = text.substring(space + 1).stripLeading();
        }
        int space = text.indexOf(' ');
        String command = space < 0 ? text : text.substring(0, space);
        if (!COMMAND.matcher(command).matches()) {
            throw new IrcParseException("no command");
        }
        List<String> params = new ArrayList<>();
        String remaining = space < 0 ? "" : text.substring(space + 1);
        while (!remaining.isEmpty() && params.size() < MAX_PARAMS) {
            if (remaining.startsWith(" ")) {
                remaining = remaining.substring(1);
            } else if (remaining.startsWith(":") || params.size() == MAX_PARAMS - 1) {
                params.add(remaining.startsWith(":") ? remaining.substring(1) : remaining);
                remaining = "";
            } else {
                int next = remaining.indexOf(' ');
                params.add(next < 0 ? remaining : remaining.substring(0, next));
                remaining = next < 0 ? "" : remaining.substring(next + 1);
            }
        }
        return new IrcMessage(tags, source, command.toUpperCase(Locale.ROOT), Collections.unmodifiableList(params));
    }

    private static Map<String, String> tags(String section) throws IrcParseException {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String tag : section.split(";", -1)) {
            int equals = tag.indexOf('=');
            String key = equals < 0 ? tag : tag.substring(0, equals);
            if (!TAG_KEY.matcher(key).matches()) {
                throw new IrcParseException("malformed tag: " + tag);
            }
            tags.put(key, equals < 0 ? "" : TagValues.unescape(tag.substring(equals + 1)));
        }
        return Collections.unmodifiableMap(tags);
    }

    static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** A line over the limits: answered with {@code 417 ERR_INPUTTOOLONG}. */
    public static final class LineTooLong extends Exception {
        private static final long serialVersionUID = 1L;

        LineTooLong() {
            super("input line too long");
        }
    }
}
