package org.chatroom.loadtest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A client's IRC: registers (NICK, USER), joins the channel once welcomed (001), answers PING, and hands the text of
 * every PRIVMSG it receives to the connection's token scanner. IRC servers do not echo a member's own PRIVMSG, so a
 * sender expects none of its own messages back, unless it asked for the IRCv3 {@code echo-message} capability
 * ({@code CAP REQ} before NICK and USER, {@code CAP END} after: registration waits for it); a server that refuses the
 * capability fails the run. Lines are parsed in place (no string per message).
 */
final class IrcSession {

    private static final int LINE_LIMIT = 8 * 1024;
    private static final byte[] PRIVMSG = bytes("PRIVMSG");
    private static final byte[] PING = bytes("PING");
    private static final byte[] JOIN = bytes("JOIN");
    private static final byte[] WELCOME = bytes("001");
    private static final byte[] CAP = bytes("CAP");
    private static final byte[] NAK = bytes("NAK");

    private final Connection connection;
    private final String channel;
    private final boolean echo;
    private final byte[] ownPrefix;
    private final byte[] messagePrefix;
    private final byte[] line = new byte[LINE_LIMIT];
    private int length;
    private boolean overlong;
    private boolean joinedNow;

    /** @param echo whether to ask for {@code echo-message} (the server then sends a member's own messages back) */
    IrcSession(Connection connection, String channel, boolean echo) {
        this.connection = connection;
        this.channel = channel;
        this.echo = echo;
        this.ownPrefix = bytes(":" + connection.name + "!");
        this.messagePrefix = bytes("PRIVMSG " + channel + " :");
    }

    /** Registration, sent once the connection is up. */
    void hello() {
        String register = "NICK " + connection.name + "\r\nUSER " + connection.name + " 0 * :" + connection.name
                + "\r\n";
        put(echo ? "CAP REQ :echo-message\r\n" + register + "CAP END\r\n" : register);
    }

    /** What precedes a load token on the wire. */
    byte[] messagePrefix() {
        return messagePrefix;
    }

    /** Bytes arrived; returns true when they completed the join (the server's echo of our JOIN). */
    boolean received(ByteBuffer bytes, long now) {
        joinedNow = false;
        while (bytes.hasRemaining()) {
            byte b = bytes.get();
            if (b == '\n') {
                if (!overlong) {
                    line(now);
                } else if (connection.state == Connection.State.JOINED) {
                    connection.corrupt();
                }
                length = 0;
                overlong = false;
            } else if (length < LINE_LIMIT) {
                line[length++] = b;
            } else {
                overlong = true;
            }
        }
        return joinedNow;
    }

    private void line(long now) {
        int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        int command = 0;
        if (end > 0 && line[0] == ':') {
            command = next(0, end);
        }
        int commandEnd = wordEnd(command, end);
        if (is(command, commandEnd, PRIVMSG)) {
            if (connection.state == Connection.State.JOINED) {
                int text = trailing(commandEnd, end);
                if (text < 0) {
                    connection.corrupt();
                } else {
                    connection.scan(line, text, end - text);
                }
            }
        } else if (is(command, commandEnd, CAP)) {
            int target = next(command, end);
            int subcommand = next(target, end);
            if (is(subcommand, wordEnd(subcommand, end), NAK)) {
                throw new IllegalStateException(connection.name + ": the server refused the echo-message capability"
                        + " (--irc-echo): " + new String(line, 0, end, StandardCharsets.ISO_8859_1));
            }
        } else if (is(command, commandEnd, PING)) {
            put("PONG" + new String(line, commandEnd, end - commandEnd, StandardCharsets.ISO_8859_1) + "\r\n");
        } else if (connection.state == Connection.State.AWAIT_PROMPT && is(command, commandEnd, WELCOME)) {
            put("JOIN " + channel + "\r\n");
            connection.state = Connection.State.AWAIT_WELCOME;
        } else if (connection.state == Connection.State.AWAIT_WELCOME && is(command, commandEnd, JOIN)
                && is(0, ownPrefix.length, ownPrefix)) {
            connection.joined(now);
            joinedNow = true;
        }
    }

    /** Start of the word after the one at {@code from}. */
    private int next(int from, int end) {
        int at = wordEnd(from, end);
        while (at < end && line[at] == ' ') {
            at++;
        }
        return at;
    }

    private int wordEnd(int from, int end) {
        int at = from;
        while (at < end && line[at] != ' ') {
            at++;
        }
        return at;
    }

    /** Start of the trailing parameter (after {@code " :"}), or -1. */
    private int trailing(int from, int end) {
        for (int at = from; at + 1 < end; at++) {
            if (line[at] == ' ' && line[at + 1] == ':') {
                return at + 2;
            }
        }
        return -1;
    }

    private boolean is(int from, int to, byte[] word) {
        if (to - from != word.length || to > length) {
            return false;
        }
        for (int i = 0; i < word.length; i++) {
            if (line[from + i] != word[i]) {
                return false;
            }
        }
        return true;
    }

    private void put(String text) {
        connection.out.put(bytes(text));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
