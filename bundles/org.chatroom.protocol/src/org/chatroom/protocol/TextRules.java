package org.chatroom.protocol;

import java.util.OptionalInt;

/**
 * Characters a room refuses in text that others see (messages, actions, topics, private messages, names), because a
 * terminal or a text view acts on them instead of showing them: C0 controls but tab (CR, backspace, ESC, NUL, VT,
 * FF...), DEL, C1 controls (NEL U+0085...), the line and paragraph separators U+2028/U+2029, and the bidi
 * embeddings, overrides and isolates U+202A-U+202E and U+2066-U+2069. Tab is allowed in text: it only moves a
 * terminal's cursor forward and cannot overwrite or reorder a line. Clients escape the same characters when they show
 * text from a room that does not refuse them ({@link SafeText}).
 */
public final class TextRules {

    private TextRules() {
    }

    /** @return whether {@code codePoint} is refused in text */
    public static boolean forbidden(int codePoint) {
        return codePoint < 0x20 && codePoint != '\t' || codePoint >= 0x7f && codePoint <= 0x9f
                || codePoint == 0x2028 || codePoint == 0x2029 || codePoint >= 0x202a && codePoint <= 0x202e
                || codePoint >= 0x2066 && codePoint <= 0x2069;
    }

    /** @return the first refused code point of {@code text}, empty when there is none */
    public static OptionalInt firstForbidden(String text) {
        return text.codePoints().filter(TextRules::forbidden).findFirst();
    }

    /**
     * @return {@code text} without its refused characters: for text that is not refused as a whole when it holds one
     *         (the reason of a leave: the member leaves all the same)
     * @since 1.4
     */
    public static String without(String text) {
        if (firstForbidden(text).isEmpty()) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !forbidden(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /**
     * @throws ProtocolException {@link ErrorCode#BAD_TEXT} naming the first refused character, for the sender
     */
    public static void check(String text) throws ProtocolException {
        OptionalInt bad = firstForbidden(text);
        if (bad.isPresent()) {
            String escaped = SafeText.escape(bad.getAsInt());
            throw new ProtocolException(ErrorCode.BAD_TEXT, Messages.get("text.forbidden", escaped));
        }
    }
}
