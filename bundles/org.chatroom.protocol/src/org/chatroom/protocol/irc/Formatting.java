package org.chatroom.protocol.irc;

/**
 * IRC text formatting (bold, colours, italics, reverse, reset...) is made of control characters, which the rooms
 * refuse in every protocol: it is removed from what IRC users say, the text kept; by the listener from what reaches
 * the rooms, and by the client from what a network sends (the desktop drew the codes as boxes, a colour's number as
 * text). @since 1.2 (it was the listener's own)
 */
public final class Formatting {

    private Formatting() {
    }

    /** @return {@code text} without its formatting codes */
    public static String strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
            case '\u0002', '\u000f', '\u0011', '\u0016', '\u001d', '\u001e', '\u001f' -> {
                // toggles: dropped
            }
            case '\u0003' -> i = skipColour(text, i, 2, "0123456789");
            case '\u0004' -> i = skipColour(text, i, 6, "0123456789abcdefABCDEF");
            default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Skips {@code fg[,bg]} after a colour code; @return the index of its last character */
    private static int skipColour(String text, int at, int digits, String allowed) {
        int i = skipDigits(text, at + 1, digits, allowed);
        if (i > at + 1 && i + 1 < text.length() && text.charAt(i) == ','
                && allowed.indexOf(text.charAt(i + 1)) >= 0) {
            i = skipDigits(text, i + 1, digits, allowed);
        }
        return i - 1;
    }

    private static int skipDigits(String text, int from, int most, String allowed) {
        int i = from;
        while (i < text.length() && i - from < most && allowed.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }
}
