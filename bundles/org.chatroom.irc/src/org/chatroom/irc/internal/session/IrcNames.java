package org.chatroom.irc.internal.session;

/**
 * Names across the two worlds: channel {@code #NAME} is room {@code NAME}; an IRC nick must also be a valid room
 * member name (checked by the rooms), and a member name IRC cannot carry is shown with {@code _} for what IRC
 * forbids.
 */
public final class IrcNames {

    private static final String FORBIDDEN = " ,*?!@.";
    private static final String FORBIDDEN_FIRST = "$:#&";

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
        if (nick.isEmpty() || FORBIDDEN_FIRST.indexOf(nick.charAt(0)) >= 0) {
            return false;
        }
        for (int i = 0; i < nick.length(); i++) {
            if (FORBIDDEN.indexOf(nick.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code name} as IRC can carry it. */
    public static String nick(String name) {
        if (validNick(name)) {
            return name;
        }
        StringBuilder nick = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean bad = FORBIDDEN.indexOf(c) >= 0 || i == 0 && FORBIDDEN_FIRST.indexOf(c) >= 0;
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
