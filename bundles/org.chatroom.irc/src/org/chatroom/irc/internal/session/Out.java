package org.chatroom.irc.internal.session;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.chatroom.api.transport.Connection;
import org.chatroom.irc.internal.wire.IrcMessage;
import org.chatroom.irc.internal.wire.LineSplitter;

/**
 * Writes IRC lines to one client: CR LF ended, at most 512 bytes besides tags (a last parameter is cut to fit). What
 * the rooms deliver ({@link #later}, or anything sent inside {@link #deferred}) is batched and written by the
 * {@link Flusher}; any other line first writes the batch, so the client gets every line in the order it was sent here.
 */
final class Out {

    /** A batch this large is written at once by the thread that fills it, instead of waiting for the flusher. */
    static final int MAX_BATCH_BYTES = 16 * 1024;
    private static final ThreadLocal<Boolean> DEFERRING = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private final Connection connection;
    private final String server;
    private final Flusher flusher;
    // guarded by this
    private final LineBatch batch = new LineBatch();
    private boolean flushDue;

    Out(Connection connection, String server, Flusher flusher) {
        this.connection = connection;
        this.server = server;
        this.flusher = flusher;
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
        send(line(tags, source, command, params));
    }

    /** Sends a line {@link #line} made, for this client or another with the same tags. */
    void send(byte[] line) {
        if (DEFERRING.get()) {
            later(line);
            return;
        }
        synchronized (this) {
            writeBatch();
            connection.send(line);
        }
    }

    /** A line the rooms delivered: added to the batch, which the flusher writes soon (at once when it is full). */
    void later(byte[] line) {
        synchronized (this) {
            batch.add(line);
            if (batch.bytes() >= MAX_BATCH_BYTES) {
                writeBatch();
                return;
            }
            if (flushDue) {
                return;
            }
            flushDue = true;
        }
        flusher.flushSoon(this);
    }

    /** Runs {@code delivery} (a room's callback) with the lines it sends on this thread batched as by {@link #later}. */
    void deferred(Runnable delivery) {
        if (DEFERRING.get()) {
            delivery.run();
            return;
        }
        DEFERRING.set(Boolean.TRUE);
        try {
            delivery.run();
        } finally {
            DEFERRING.set(Boolean.FALSE);
        }
    }

    /** The flusher's turn: writes the batch. */
    void flush() {
        synchronized (this) {
            flushDue = false;
            writeBatch();
        }
    }

    // under this lock
    private void writeBatch() {
        if (!batch.isEmpty()) {
            connection.send(batch.take());
        }
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

    /** Writes the batch, then closes the connection. */
    void close(String detail) {
        synchronized (this) {
            writeBatch();
        }
        connection.close(detail);
    }
}
