package org.chatroom.ui.internal.views;

/** One line of the message list as shown: time, who, what, and how it is styled. */
public record MessageRow(String time, String from, String text, Style style) {

    /** The character that frames the label of a separator line: {@code ──── new messages ────}. */
    public static final char RULE = '\u2500';

    /** How a row stands out. */
    public enum Style {
        NORMAL, OWN, MENTION, PRIVATE, NOTICE, ERROR,
        /** The "new messages" line where the user left off. */
        MARKER,
        /** Something said before the user opened the room (history on joining, scroll-back): shown dimmed. */
        HISTORY
    }

    /** @return the row as one line of plain text, as it is copied: {@code [time] from: text} */
    public String plain() {
        return "[" + time + "] " + (from.isEmpty() ? text : from + ": " + text);
    }

    /**
     * @return whether the row is a separator line of this client (a marker or a notice whose text is a label framed
     *         in {@link #RULE}s): it keeps to one line, giving up rules where the list is narrow
     */
    public boolean rule() {
        return (style == Style.MARKER || style == Style.NOTICE) && text.length() > 2 && text.charAt(0) == RULE
                && text.charAt(text.length() - 1) == RULE;
    }

    /** @return whether the row is something a member said (counts as unread) */
    public boolean said() {
        return style == Style.NORMAL || style == Style.OWN || style == Style.MENTION || style == Style.PRIVATE;
    }
}
