package org.chatroom.protocol.irc;

/** Values of IRCv3 message tags ({@code @time=...;msgid=...}), which escape what would end a tag or the line. */
public final class TagValues {

    private TagValues() {
    }

    /**
     * @return {@code value} as meant: {@code \:} a semicolon, {@code \s} a space, {@code \\} a backslash, {@code \r}
     *         and {@code \n} themselves; another escaped character stands for itself, a backslash at the end is dropped
     */
    public static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i == value.length()) {
                break;
            }
            char next = value.charAt(i);
            out.append(switch (next) {
            case ':' -> ';';
            case 's' -> ' ';
            case 'r' -> '\r';
            case 'n' -> '\n';
            default -> next;
            });
        }
        return out.toString();
    }
}
