package org.chatroom.irc.internal.wire;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into pieces of at most a number of UTF-8 bytes, after the last space that fits where there is one,
 * never inside a character: a long message from another protocol reaches IRC as several lines, whole.
 */
public final class LineSplitter {

    private LineSplitter() {
    }

    public static List<String> split(String text, int maxBytes) {
        if (maxBytes < 4) {
            throw new IllegalArgumentException("no room for one character: " + maxBytes);
        }
        List<String> pieces = new ArrayList<>();
        String rest = text;
        while (rest.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            int end = fitting(rest, maxBytes);
            int space = rest.lastIndexOf(' ', end - 1);
            int cut = space > 0 ? space : end;
            pieces.add(rest.substring(0, cut));
            rest = rest.substring(space > 0 ? cut + 1 : cut);
        }
        pieces.add(rest);
        return pieces;
    }

    /** The number of chars of {@code text} whose UTF-8 fits in {@code maxBytes}, whole code points only. */
    private static int fitting(String text, int maxBytes) {
        int bytes = 0;
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            i += Character.charCount(codePoint);
        }
        return i;
    }
}
