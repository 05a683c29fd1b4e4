package org.chatroom.irc.internal.session;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * IRC ban masks ({@code nick!user@host}, with the wildcards {@code *} and {@code ?}) as the bans a room keeps: of a
 * name, or of an address or an address prefix. Every member shows the server's name as host here
 * ({@code nick!nick@server}), so a host that matches it names nobody in particular, and only an address names one;
 * the room bans names, not patterns of them. A mask it cannot keep ({@code *!*@*}, {@code xav*},
 * {@code *!*@example.org}) is refused: it was announced to the channel as a ban and banned nobody.
 */
final class BanMasks {

    private static final Pattern ADDRESS = Pattern.compile("\\[?[0-9A-Fa-f:.]+\\]?(/\\d{1,3})?");

    private BanMasks() {
    }

    /**
     * @param mask   the mask an operator gave (a bare word is a nick)
     * @param server the server's name, every member's host
     * @return the name or address the room bans for {@code mask}; null when the room cannot keep such a ban
     */
    static String target(String mask, String server) {
        int at = mask.lastIndexOf('@');
        int bang = mask.indexOf('!');
        if (at >= 0 && bang > at) {
            return null;
        }
        String nick = bang >= 0 ? mask.substring(0, bang) : at >= 0 ? mask.substring(0, at) : mask;
        String user = bang < 0 ? "*" : mask.substring(bang + 1, at >= 0 ? at : mask.length());
        String host = at < 0 ? "*" : mask.substring(at + 1);
        if (!glob(host).matcher(server.toLowerCase(Locale.ROOT)).matches()) { // a host of its own: an address
            return any(nick) && any(user) && ADDRESS.matcher(host).matches() && !host.matches("[\\d]+") ? host : null;
        }
        String ident = user.startsWith("~") ? user.substring(1) : user;
        if (plain(nick) && (any(user) || ident.equalsIgnoreCase(nick))) {
            return nick;
        }
        return any(nick) && plain(ident) ? ident : null; // *!ann@host: the user is the nick here
    }

    /** @return how a ban of the room ({@link #target}) reads as a mask: {@code ann!*@*}, {@code *!*@192.0.2.7} */
    static String shown(String ban) {
        boolean address = ban.contains(":") || ban.contains(".") && ban.matches("[\\d.]+(/\\d{1,3})?");
        return address ? "*!*@" + ban : ban + "!*@*";
    }

    private static boolean any(String part) {
        return part.isEmpty() || part.chars().allMatch(c -> c == '*');
    }

    private static boolean plain(String part) {
        return !part.isEmpty() && part.indexOf('*') < 0 && part.indexOf('?') < 0;
    }

    private static Pattern glob(String host) {
        StringBuilder regex = new StringBuilder();
        for (char c : host.toLowerCase(Locale.ROOT).toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.length() == 0 ? ".*" : regex.toString());
    }
}
