package org.chatroom.irc.internal.session;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.chatroom.api.transport.Connection;
import org.chatroom.irc.internal.wire.IrcMessage;
import org.chatroom.irc.internal.wire.LineSplitter;
import org.chatroom.room.member.MemberSession;

/**
 * Writes IRC lines to one client: CR LF ended, at most 512 bytes besides tags (a last parameter is cut to fit). What
 * the rooms deliver comes on the connection's own thread (its {@code loop}, on which the member's session was opened),
 * in the rooms' order, and is written at once ({@link #later}, or anything sent inside {@link #deferred}): the
 * transport writes what its thread queued for a connection once per round. Any other line (a reply to the client's
 * command, a PING from the timer) is handed to that thread too, behind the room events the rooms queued for the
 * member before it ({@link MemberSession#later}), so that no reply overtakes an event committed before it: the
 * replies to one line the client sent in one task ({@link #replying}), any other line in a task of its own. (Lines
 * handed over in one task while another waits would overtake the room events queued between them.)
 */
final class Out {

    private static final ThreadLocal<Boolean> DELIVERING = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private final Connection connection;
    private final String server;
    private final Executor loop; // may be null: then every line is written at once
    /** Runs a task behind what the rooms queued for the member; the loop itself until the member is open. */
    private volatile Executor ordered;
    /** The replies of the command running on {@code loop}; another thread never sees its own there. */
    private Replies replies;

    /** What one command sends, and whether it closes the connection after. */
    private static final class Replies {
        final Thread thread = Thread.currentThread();
        final List<byte[]> lines = new ArrayList<>();
        String close;
    }

    Out(Connection connection, String server) {
        this.connection = connection;
        this.server = server;
        this.loop = connection.executor();
        this.ordered = loop;
    }

    /** From now on, lines not delivered by the rooms go through {@code member}, behind its room events. */
    void orderedBy(MemberSession member) {
        this.ordered = member::later;
    }

    /** The thread the connection is served on, which the rooms call this client on; {@code null} when none. */
    Executor loop() {
        return loop;
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
     * Commands whose last parameter, after their target, is text, always sent as a trailing parameter (with
     * {@code :}), as clients and bots expect; numerics too, but for those ending in a token. A {@code PART} without a
     * reason ends in its channel ({@code PART #ops}, not {@code PART :#ops}).
     */
    private static final Set<String> TEXT = Set.of("PRIVMSG", "NOTICE", "PART", "TOPIC", "KICK", "FAIL");
    /** Commands whose one parameter is text. */
    private static final Set<String> TEXT_ONLY = Set.of("QUIT", "ERROR");
    private static final Set<String> TOKEN_NUMERICS = Set.of("004", "221", "324", "329", "333");

    private static boolean trailing(String command, String last, int params) {
        boolean text = TEXT_ONLY.contains(command) || TEXT.contains(command) && params > 1
                || command.length() == 3 && Character.isDigit(command.charAt(0)) && !TOKEN_NUMERICS.contains(command);
        return text || last.isEmpty() || last.indexOf(' ') >= 0 || last.startsWith(":");
    }

    /** @param tags without the {@code @}, or null */
    void send(String tags, String source, String command, String... params) {
        send(line(tags, source, command, params));
    }

    /** Sends a line {@link #line} made: at once while the rooms deliver, else behind what they queued before. */
    void send(byte[] line) {
        if (loop == null || DELIVERING.get()) {
            connection.send(line);
            return;
        }
        Replies running = replies;
        if (running != null && running.thread == Thread.currentThread()) {
            running.lines.add(line);
        } else {
            onLoop(() -> connection.send(line));
        }
    }

    /**
     * Runs {@code command} (the client's line, on the connection's thread) with the lines it sends handed over in one
     * task once it is done, behind the room events it or anyone else committed meanwhile.
     */
    void replying(Runnable command) {
        if (loop == null || replies != null) {
            command.run();
            return;
        }
        Replies running = new Replies();
        replies = running;
        try {
            command.run();
        } finally {
            replies = null;
            if (!running.lines.isEmpty() || running.close != null) {
                onLoop(() -> {
                    running.lines.forEach(connection::send);
                    if (running.close != null) {
                        connection.close(running.close);
                    }
                });
            }
        }
    }

    /** A line the rooms delivered, on the connection's thread: written at once. */
    void later(byte[] line) {
        connection.send(line);
    }

    /** Runs {@code delivery} (a room's callback) with the lines it sends written at once, as by {@link #later}. */
    void deferred(Runnable delivery) {
        if (DELIVERING.get()) {
            delivery.run();
            return;
        }
        DELIVERING.set(Boolean.TRUE);
        try {
            delivery.run();
        } finally {
            DELIVERING.set(Boolean.FALSE);
        }
    }

    /** Runs {@code task} on the connection's thread after what was queued there before (at once when it is gone). */
    private void onLoop(Runnable task) {
        try {
            ordered.execute(task);
        } catch (RejectedExecutionException e) {
            task.run();
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
            if (last && trailing(command, param, params.length)) {
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

    /** Closes the connection once the lines sent before are written. */
    void close(String detail) {
        Replies running = replies;
        if (loop == null) {
            connection.close(detail);
        } else if (running != null && running.thread == Thread.currentThread()) {
            running.close = detail;
        } else {
            onLoop(() -> connection.close(detail));
        }
    }
}
