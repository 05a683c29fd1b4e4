package org.chatroom.protocol;

/**
 * Text from a room made safe to print: every character {@link TextRules} refuses is shown as an escape instead of
 * acting on the terminal, {@code \x1b} for one below U+0100 and {@code \u202e} above. Everything else is unchanged.
 */
public final class SafeText {

    private SafeText() {
    }

    /** @return {@code text} with refused characters escaped; {@code null} stays {@code null} */
    public static String escape(String text) {
        if (text == null || TextRules.firstForbidden(text).isEmpty()) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            if (TextRules.forbidden(c)) {
                safe.append(escape(c));
            } else {
                safe.appendCodePoint(c);
            }
        });
        return safe.toString();
    }

    /** @return the escape of one code point: {@code \x0d}, {@code \u2028} */
    public static String escape(int codePoint) {
        return codePoint < 0x100 ? String.format("\\x%02x", codePoint) : String.format("\\u%04x", codePoint);
    }
}
