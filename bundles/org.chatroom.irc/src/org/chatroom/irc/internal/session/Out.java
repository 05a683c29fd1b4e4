package org.chatroom.irc.internal.session;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.chatroom.api.transport.Connection;
import org.chatroom.irc.internal.wire.IrcMessage;
import org.chatroom.irc.internal.wire.LineSplitter;

/** Writes IRC lines to one client: CR LF ended, at most 512 bytes besides tags (a last parameter is cut to fit). */
final class Out {

    private final Connection connection;
    private final String server;

    Out(Connection connection, String server) {
        this.connection = connection;
        this.server = server;
    }

    String server() {
        return server;
    }

    /** A line from the server: {@code :server COMMAND params}. */
    void fromServer(String command, String... params) {
        send(null, server, command, params);
    }

    /** A numeric reply to {@code target} (the client's nick, or {@code *} before it has one). */
    void numeric(String target, String code, String... params) {
        String[] all = new String[params.length + 1];
        all[0] = target;
        System.arraycopy(params, 0, all, 1, params.length);
        send(null, server, code, all);
    }

    /**
     * Commands whose last parameter is text, always sent as a trailing parameter (with {@code :}), as clients and
     * bots expect; numerics too, but for those ending in a token.
     */
    private static final Set<String> TEXT = Set.of("PRIVMSG", "NOTICE", "PART", "TOPIC", "KICK", "QUIT", "ERROR",
            "FAIL");
    private static final Set<String> TOKEN_NUMERICS = Set.of("004", "221", "324", "329", "333");

    private static boolean trailing(String command, String last) {
        boolean text = TEXT.contains(command) || command.length() == 3 && Character.isDigit(command.charAt(0))
                && !TOKEN_NUMERICS.contains(command);
        return text || last.isEmpty() || last.indexOf(' ') >= 0 || last.startsWith(":");
    }

    /** @param tags without the {@code @}, or null */
    void send(String tags, String source, String command, String... params) {
        connection.send(line(tags, source, command, params));
    }

    /** Sends a line {@link #line} made, for this client or another with the same tags. */
    void send(byte[] line) {
        connection.send(line);
    }

    /** The bytes of one line, CR LF ended; @param tags without the {@code @}, or null */
    static byte[] line(String tags, String source, String command, String... params) {
        StringBuilder line = new StringBuilder();
        if (source != null) {
            line.append(':').append(source).append(' ');
        }
        line.append(command);
        for (int i = 0; i < params.length; i++) {
            String param = params[i];
            boolean last = i == params.length - 1;
            line.append(' ');
            if (last && trailing(command, param)) {
                line.append(':');
            }
            line.append(param);
        }
        String text = fit(line.toString());
        return ((tags == null || tags.isEmpty() ? "" : "@" + tags + " ") + text + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The bytes a text may take in {@code :source COMMAND target :text} so that the line fits. */
    static int room(String source, String command, String target) {
        return IrcMessage.MAX_LINE_BYTES - utf8(":" + source + " " + command + " " + target + " :");
    }

    private static String fit(String line) {
        if (utf8(line) <= IrcMessage.MAX_LINE_BYTES) {
            return line;
        }
        return LineSplitter.split(line, IrcMessage.MAX_LINE_BYTES).get(0);
    }

    private static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    void close(String detail) {
        connection.close(detail);
    }
}
