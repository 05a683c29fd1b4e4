package org.chatroom.client.irc.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into pieces of at most a number of UTF-8 bytes, never inside a character (a code point, so a surrogate
 * pair stays whole); a cut falls after the last space of the piece when there is one in its second half.
 */
final class Utf8Split {

    private Utf8Split() {
    }

    /** @param maxBytes the most UTF-8 bytes of one piece, at least 4 (the longest character) */
    static List<String> split(String text, int maxBytes) {
        if (maxBytes < 4) {
            throw new IllegalArgumentException("maxBytes < 4: " + maxBytes);
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = start;
            int bytes = 0;
            int lastSpace = -1;
            while (end < text.length()) {
                int codePoint = text.codePointAt(end);
                int size = utf8Length(codePoint);
                if (bytes + size > maxBytes) {
                    break;
                }
                bytes += size;
                end += Character.charCount(codePoint);
                if (codePoint == ' ') {
                    lastSpace = end;
                }
            }
            if (end < text.length() && lastSpace > start && bytes(text, start, lastSpace) * 2 > maxBytes) {
                end = lastSpace;
            }
            pieces.add(text.substring(start, end));
            start = end;
        }
        return pieces;
    }

    static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    private static int bytes(String text, int start, int end) {
        return text.substring(start, end).getBytes(StandardCharsets.UTF_8).length;
    }
}
