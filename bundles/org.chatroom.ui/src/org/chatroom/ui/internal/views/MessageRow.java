package org.chatroom.ui.internal.views;

import java.time.Instant;

/**
 * One line of the message list as shown: time, who, what, and how it is styled; {@code at} is when it happened (the
 * room's time of an event, the moment this client wrote its own line), null for a line that stands between others (a
 * marker, a separator), whose shown time is that of the row it stands before.
 */
public record MessageRow(String time, String from, String text, Style style, Instant at) {

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

    /** A row that does not say when it happened ({@code at} null). */
    public MessageRow(String time, String from, String text, Style style) {
        this(time, from, text, style, null);
    }

    /** @return this row, happened at {@code when} */
    public MessageRow happened(Instant when) {
        return new MessageRow(time, from, text, style, when);
    }

    /** @return this row styled as {@code other} */
    public MessageRow styled(Style other) {
        return new MessageRow(time, from, text, other, at);
    }

    /** @return this row saying {@code other} */
    public MessageRow saying(String other) {
        return new MessageRow(time, from, other, style, at);
    }

    /**
     * @return the row as one line of plain text, as it is copied and read below the list: {@code [time] from: text}
     *         ({@code [time] * ada waves} for an action)
     */
    public String plain() {
        String said = from.isEmpty() ? text : from.equals(RowFormatter.ACTION) ? from + " " + text : from + ": " + text;
        return "[" + time + "] " + said; // an action "* ada waves", as the list shows it
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
