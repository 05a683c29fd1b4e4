package org.chatroom.irc.internal.session;

import org.chatroom.protocol.irc.NickCharacters;

/**
 * Names across the two worlds: channel {@code #NAME} is room {@code NAME}; an IRC nick must also be a valid room
 * member name (checked by the rooms), and a member name IRC cannot carry is shown with {@code _} for what IRC
 * forbids.
 */
public final class IrcNames {

    private static final String FORBIDDEN = " " + NickCharacters.NOWHERE;
    private static final String FORBIDDEN_FIRST = NickCharacters.NOT_FIRST;
    private static final long[] FORBIDDEN_ASCII = mask(FORBIDDEN);
    private static final long[] FORBIDDEN_FIRST_ASCII = mask(FORBIDDEN_FIRST);

    private IrcNames() {
    }

    /** The room of {@code channel}, or null when it is no channel name ({@code #} first). */
    public static String room(String channel) {
        return channel.length() > 1 && channel.startsWith("#") ? channel.substring(1) : null;
    }

    public static String channel(String room) {
        return "#" + room;
    }

    /** @return whether an IRC client may take {@code nick} (the rooms' own rules come after) */
    public static boolean validNick(String nick) {
        if (nick.isEmpty() || forbidden(nick.charAt(0), FORBIDDEN_FIRST_ASCII)) {
            return false;
        }
        for (int i = 0; i < nick.length(); i++) {
            if (forbidden(nick.charAt(i), FORBIDDEN_ASCII)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code c} is in a set of ASCII characters given as a 128-bit mask: asked for every character of every
     * name of a NAMES reply, which a join storm sends thousands of times ({@code String.indexOf} per character was a
     * few percent of the storm).
     */
    private static boolean forbidden(char c, long[] mask) {
        return c < 128 && (mask[c >> 6] & 1L << (c & 63)) != 0;
    }

    private static long[] mask(String chars) {
        long[] mask = new long[2];
        for (char c : chars.toCharArray()) {
            mask[c >> 6] |= 1L << (c & 63);
        }
        return mask;
    }

    /** {@code name} as IRC can carry it. */
    public static String nick(String name) {
        if (validNick(name)) {
            return name;
        }
        StringBuilder nick = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean bad = forbidden(c, FORBIDDEN_ASCII) || i == 0 && forbidden(c, FORBIDDEN_FIRST_ASCII);
            nick.append(bad ? '_' : c);
        }
        return nick.toString();
    }

    /** The source of what {@code name} does: hosts are not shown (cloaked as the server's name). */
    static String source(String name, String serverName) {
        String nick = nick(name);
        return nick + "!" + nick + "@" + serverName;
    }
}
