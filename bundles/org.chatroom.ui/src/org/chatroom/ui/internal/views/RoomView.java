package org.chatroom.ui.internal.views;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.chatroom.ui.internal.bridge.UnreadCount;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;

/**
 * One room's message list as the room tabs use it: the {@link MessageView} with its own unread state and the room's
 * topic above it ({@link TopicBar}), rows that can be put above the oldest (scroll-back), and a call when the user
 * scrolls to the top.
 */
public final class RoomView {

    /** Key of {@code Table.getData}: the room a message list shows (empty for none). */
    public static final String ROOM_KEY = "org.chatroom.ui.room";

    private final MessageView view;
    private final UnreadTracker unread;
    private final TopicBar topic;
    /** The serial of the first row of {@link #hint}, and how many it added (none once dropped). */
    private long hintSerial;
    private int hintRows;

    /**
     * @param away    whether new rows count as unread (the window is not focused, or this room is not shown)
     * @param publish told this room's unread count whenever it changes
     * @param alert   a row worth a notification
     */
    public RoomView(Composite parent, int capacity, Supplier<LinkLauncher> launcher, BooleanSupplier away,
            Consumer<UnreadCount> publish, Consumer<MessageRow> alert) {
        view = new MessageView(parent, capacity, launcher);
        unread = new UnreadTracker(view.table(), publish, alert);
        unread.awayWhen(away);
        topic = new TopicBar((Composite) control(), view.table().control(), launcher);
        room("");
    }

    /** The composite holding the list, the jump bar and the reader (a tab's control). */
    public Control control() {
        return view.table().control().getParent();
    }

    public Table table() {
        return view.table().table();
    }

    /** Offers {@code actions} for the writer of the row selected in the list's context menu. */
    public void senderActions(SenderActions actions) {
        actions.addTo(view.table());
    }

    /** Names the room this list shows (tests and tools find it by {@link #ROOM_KEY}); its topic is not known yet. */
    public void room(String room) {
        table().setData(ROOM_KEY, room);
        topic.show("");
    }

    /** Shows the room's topic above the list (empty: none). */
    public void topic(String text) {
        topic.show(text);
    }

    /** Adds rows below, with a "new messages" marker and unread counts while {@code away}. */
    public void append(List<MessageRow> rows) {
        view.append(unread.arriving(rows));
    }

    /**
     * Adds rows that may have happened before the newest rows shown (a room's events the client missed, arriving
     * after its own lines of reconnecting), with unread accounting as {@link #append}: they go among those newest
     * rows that happened after the first of them, each where its time puts it ({@link TimeMerge}), so that the list
     * reads in time order; below the rest. Rows shown until a room is joined ({@link #hint}) stay where they are.
     */
    public void insert(List<MessageRow> rows) {
        Instant first = rows.stream().map(MessageRow::at).filter(Objects::nonNull).findFirst().orElse(null);
        MessageTable table = view.table();
        List<MessageRow> later = first == null || hintRows > 0 ? List.of() : table.takeLast(table.newerAtEnd(first));
        // a block before all of them put "bob joined" (10:53:41) above "The room stopped." (10:53:30) when what was
        // missed began before it
        List<MessageRow> all = TimeMerge.merge(unread.arriving(rows), later); // after the take: serials count on
        unread.placed(all);
        view.append(all);
    }

    /** Adds rows without unread accounting (notices of this client). */
    public void appendQuietly(List<MessageRow> rows) {
        view.append(rows);
    }

    /**
     * Adds a notice of this client, without unread accounting; when the list ends with the same notice already, that
     * row goes and one counting the repeats takes its place ("Not connected: ... (×3)", at this time): a user pressing
     * Enter again and again while disconnected got "Not connected: ..." as a row each time.
     */
    public void notice(MessageRow row) {
        MessageTable table = view.table();
        MessageRow last = table.last();
        String again = last != null && last.style() == row.style() && last.from().equals(row.from())
                ? RepeatedNotice.again(last.text(), row.text()) : null;
        if (again != null) {
            table.remove(table.size() - 1);
            view.append(List.of(row.saying(again)));
            return;
        }
        view.append(List.of(row));
    }

    /**
     * Adds rows that help only until a room is joined, without unread accounting, in place of the hint shown before;
     * a server joined replaces the tab showing them (its rooms start afresh).
     */
    public void hint(List<MessageRow> rows) {
        dropHint();
        hintSerial = view.table().nextSerial();
        hintRows = rows.size();
        view.append(rows);
    }

    private void dropHint() {
        // in order: the rows after a removed one keep their serials (the hint's rows are the list's first, normally)
        for (int i = 0; i < hintRows; i++) {
            view.table().remove(view.table().indexOf(hintSerial + i)); // -1 (dropped meanwhile) removes nothing
        }
        hintRows = 0;
    }

    /**
     * Selects and scrolls to the row of what {@code from} said at {@code at}, {@code text} (a search result).
     *
     * @return whether the list holds it
     */
    public boolean reveal(Instant at, String from, String text) {
        return view.table().reveal(at, from, text);
    }

    /**
     * @return where the selected rows are on the screen now (display coordinates), null when none is selected or the
     *         first is out of view (the list not yet scrolled to it: GTK scrolls when idle)
     */
    public Rectangle selectedArea() {
        Table table = table();
        int first = table.getSelectionIndex();
        int top = view.table().topIndex();
        if (first < 0 || first < top || first >= top + view.table().linesInView()) {
            return null;
        }
        Rectangle row = table.getItem(first).getBounds();
        Point at = table.toDisplay(0, row.y);
        return new Rectangle(at.x, at.y, table.getClientArea().width, row.height * table.getSelectionCount());
    }

    /** @return how many of {@code older} (oldest first) were put above the first row */
    public int prepend(List<MessageRow> older) {
        return view.table().prepend(older);
    }

    /** The user is reading this room again: its unread count clears. */
    public void back() {
        unread.back();
    }

    public void jumpToLatest() {
        view.table().jumpToLatest();
    }

    public int size() {
        return view.table().size();
    }

    /** Calls {@code listener} when the user scrolls (wheel, scroll bar, keys) and the first row is the top one. */
    public void onTop(Runnable listener) {
        Table table = table();
        Runnable check = () -> table.getDisplay().asyncExec(() -> {
            if (!table.isDisposed() && table.getItemCount() > 0 && view.table().topIndex() == 0) {
                listener.run();
            }
        });
        table.addListener(SWT.MouseWheel, e -> check.run());
        table.addListener(SWT.KeyDown, e -> check.run());
        table.getVerticalBar().addListener(SWT.Selection, e -> check.run());
    }

    public void setFocus() {
        view.setFocus();
    }

    public void resize(int capacity) {
        view.table().resize(capacity);
    }
}
