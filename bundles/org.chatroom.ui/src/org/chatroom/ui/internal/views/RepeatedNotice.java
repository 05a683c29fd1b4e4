package org.chatroom.ui.internal.views;

import org.eclipse.osgi.util.NLS;

/**
 * The text of a notice said again right after itself, with how many times it was said ({@link ViewTexts#repeated}:
 * "Not connected: ... (×3)"), so that the list's last row shows each repeat instead of a row each time. Pure logic.
 */
final class RepeatedNotice {

    private RepeatedNotice() {
    }

    /**
     * @return {@code text} counted once more than the row shown last, whose text is {@code last}; null when
     *         {@code last} is not {@code text}, counted or not
     */
    static String again(String last, String text) {
        if (last.equals(text)) {
            return NLS.bind(ViewTexts.repeated, text, 2);
        }
        String counted = NLS.bind(ViewTexts.repeated, text, "\u0000");
        int at = counted.indexOf('\u0000');
        String before = counted.substring(0, at);
        String after = counted.substring(at + 1);
        if (!last.startsWith(before) || !last.endsWith(after) || last.length() <= before.length() + after.length()) {
            return null;
        }
        String count = last.substring(before.length(), last.length() - after.length());
        if (!count.chars().allMatch(Character::isDigit) || count.length() > 9) {
            return null;
        }
        return NLS.bind(ViewTexts.repeated, text, Integer.parseInt(count) + 1);
    }
}
