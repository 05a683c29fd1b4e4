package org.chatroom.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.chatroom.ui.internal.bridge.UnreadCount;
import org.chatroom.ui.internal.views.MessageRow.Style;

/**
 * Unread state of one message list: while the window is not focused, counts what members say (and what mentions
 * this user or is private to them) and puts a "new messages" marker line before the first of it, where the user
 * left off. Only the newest marker is kept. Focusing the window clears the counts. Each batch raises at most one
 * alert: its newest mention or private message, else its newest row.
 */
final class UnreadTracker {

    private final MessageTable table;
    private final Consumer<UnreadCount> publish;
    private final Consumer<MessageRow> alert;
    private BooleanSupplier away = () -> false;
    /** The serial of no row: rows put above the first one appended have serials below 0 ({@code Scrollback}). */
    private static final long NO_ROW = Long.MIN_VALUE;

    /** Whether a marker was put since the user was last back: one marker for one absence. */
    private boolean marked;
    /**
     * The serial of the marker in the list, {@link #NO_ROW} before the first: -1 was the row just above the first
     * appended, the history's separator once the join's history came above (the first marker removed it).
     */
    private long markerSerial = NO_ROW;
    /** The marker row put last ({@link #placed} finds it among the rows appended). */
    private MessageRow marker;
    private int unread;
    private int mentions;

    UnreadTracker(MessageTable table, Consumer<UnreadCount> publish, Consumer<MessageRow> alert) {
        this.table = table;
        this.publish = publish;
        this.alert = alert;
    }

    /** @param whether asks whether the user is away now (the window is not the active one) */
    void awayWhen(BooleanSupplier whether) {
        this.away = whether;
    }

    /** The user is back: the counts clear, the next absence gets a marker of its own. */
    void back() {
        marked = false;
        if (unread > 0 || mentions > 0) {
            unread = 0;
            mentions = 0;
            publish.accept(UnreadCount.NONE);
        }
    }

    /**
     * The rows {@link #arriving} gave are appended as {@code rows}, with other rows put among them: the marker it put,
     * if it put one, is told by its place there.
     */
    void placed(List<MessageRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == marker) {
                markerSerial = table.nextSerial() + i;
                return;
            }
        }
    }

    /**
     * @param rows the rows for this list
     * @return the rows to append: {@code rows}, with a marker line before the first unread one when due, stamped with
     *         that row's time (stamped when shown, it could read a second after the row below it)
     */
    List<MessageRow> arriving(List<MessageRow> rows) {
        int first = count(rows);
        if (first < 0 || marked) {
            return rows;
        }
        marked = true;
        if (markerSerial != NO_ROW) {
            table.remove(table.indexOf(markerSerial)); // the newest marker only
            markerSerial = NO_ROW;
        }
        if (rows.subList(0, first).stream().anyMatch(row -> row.style() == Style.MARKER)) {
            return rows; // the room's own marker stands above ("3 messages while you were away"): one line says it
        }
        markerSerial = table.nextSerial() + first;
        List<MessageRow> marked = new ArrayList<>(rows.size() + 1);
        marked.addAll(rows.subList(0, first));
        marker = new MessageRow(rows.get(first).time(), "", ViewTexts.newMessagesMarker, Style.MARKER);
        marked.add(marker);
        marked.addAll(rows.subList(first, rows.size()));
        return marked;
    }

    /** @return the index in {@code rows} of the first one counted as unread, -1 when none was */
    private int count(List<MessageRow> rows) {
        if (!away.getAsBoolean()) {
            return -1;
        }
        int first = -1;
        int counted = 0;
        MessageRow latest = null;
        MessageRow latestMention = null;
        for (int i = 0; i < rows.size(); i++) {
            MessageRow row = rows.get(i);
            if (row.said() && row.style() != Style.OWN) {
                first = first < 0 ? i : first;
                counted++;
                latest = row;
                if (row.style() == Style.MENTION || row.style() == Style.PRIVATE) {
                    mentions++;
                    latestMention = row;
                }
            }
        }
        if (counted > 0) {
            alert.accept(latestMention != null ? latestMention : latest); // one a batch, even in a flood
            unread += counted;
            publish.accept(new UnreadCount(unread, mentions));
        }
        return first;
    }
}
