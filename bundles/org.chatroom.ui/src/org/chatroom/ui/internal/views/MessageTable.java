package org.chatroom.ui.internal.views;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.theme.ChatFont;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * A virtual table over a bounded {@link Scrollback}: only visible lines are materialised, so 100,000 rows cost no
 * more than 30. A row wider than the message column wraps onto the lines below its first ({@link RowLines}), broken
 * again when the column's width or the text size changes; selecting any line of a row selects all of them. Follows
 * new rows while the user is at the bottom (also across resizes), keeps the position while they read older ones;
 * End, or sending a line, follows again. Ctrl+C copies the selected rows.
 */
final class MessageTable {

    /** The column of the rows' text (after the time and the sender). */
    static final int TEXT_COLUMN = 2;
    /** The narrowest the text column gets before the list scrolls sideways. */
    private static final int MIN_TEXT_WIDTH = 80;
    /** How long the message column keeps a width before the rows are broken again for it (while it is dragged). */
    private static final int REBREAK_MILLIS = 120;
    /** The longest the UI thread breaks rows again at a time (a step), before it handles what waits meanwhile. */
    private static final long REBREAK_STEP_NANOS = 8_000_000;

    private final Table table;
    private final Scrollback rows;
    private final RowLines lines;
    private final TableColumn textColumn;
    private final Runnable rebreak = this::rebreak;
    private final RowColours colours;
    private final TimeColumn time;
    private final SenderColumn sender;
    private final List<Runnable> followListeners = new ArrayList<>();
    /** Whether new rows scroll into view: true until the user scrolls away from the bottom. */
    private boolean follow = true;
    /** Rows said since the user stopped following. */
    private int missed;

    MessageTable(Composite parent, int capacity) {
        rows = new Scrollback(capacity);
        Composite holder = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        table = new Table(holder, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setData(WidgetIds.KEY, WidgetIds.MESSAGES);
        colours = new RowColours(table);
        lines = new RowLines(table, rows);
        time = new TimeColumn(layout, column(Messages.columnTime));
        sender = new SenderColumn(layout, column(Messages.columnFrom));
        // the messages take the rest, down to a few words in a narrow view
        textColumn = column(Messages.columnMessage);
        layout.setColumnData(textColumn, new ColumnWeightData(100, MIN_TEXT_WIDTH));
        textColumn.addListener(SWT.Resize, e -> table.getDisplay().timerExec(REBREAK_MILLIS, rebreak));
        table.addListener(SWT.SetData, this::fill);
        table.addListener(SWT.Selection, e -> selectWholeRows());
        // The widget's top index lags behind scrolling it (GTK scrolls when idle), so whether to follow is
        // decided when the user scrolls, never from the index while rows pour in.
        table.addListener(SWT.MouseWheel, e -> recheckFollow());
        table.addListener(SWT.KeyDown, this::key);
        table.getVerticalBar().addListener(SWT.Selection, e -> {
            if (e.detail != SWT.NONE) {
                recheckFollow();
            }
        });
        table.addListener(SWT.Resize, e -> keepNewestInView());
        new RowTooltip(table);
        IPropertyChangeListener textSize = e -> {
            if (ChatFont.KEY.equals(e.getProperty())) {
                table.getDisplay().asyncExec(this::refit); // after the look gave the table the new font
            }
        };
        JFaceResources.getFontRegistry().addListener(textSize);
        table.addDisposeListener(e -> JFaceResources.getFontRegistry().removeListener(textSize));
    }

    /** The text size changed: the time and sender columns take the width their texts need at the new size. */
    private void refit() {
        if (!table.isDisposed()) {
            time.refit();
            sender.refit();
            control().layout();
            rebreak();
            table.getDisplay().timerExec(REBREAK_MILLIS, rebreak); // in case the look gives the list its font later
            keepNewestInView();
        }
    }

    private TableColumn column(String title) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(title);
        return column;
    }

    Table table() {
        return table;
    }

    /** The colour of links in {@code item}'s row when it is not selected, for the list's current colours. */
    Color linkColour(TableItem item) {
        return item.getData() instanceof ShownLine line ? colours.link(line.row().style()) : colours.link();
    }

    Composite control() {
        return table.getParent();
    }

    void append(List<MessageRow> added) {
        if (added.isEmpty() || table.isDisposed()) {
            return;
        }
        int top = topIndex();
        time.fit(added);
        sender.fit(added);
        int dropped = rows.addAll(added);
        int droppedLines = dropped > 0 ? lines.dropped(dropped) : 0;
        lines.appended(rows.size() - added.size());
        table.setItemCount(lines.count());
        if (dropped > 0) {
            // the rows moved up under the table's items: the items fetch their line again, and the selection moves
            // up with its rows. Not Table.remove(0, dropped - 1): GTK takes time in the number of rows for each row
            // removed from a multi-selection list (1 to 12 s a batch at 100,000 rows)
            table.clearAll();
            keepSelection(droppedLines);
        }
        if (follow) {
            table.setTopIndex(lines.count() - 1);
        } else {
            missed += (int) added.stream().filter(MessageRow::said).count();
            followListeners.forEach(Runnable::run);
            if (dropped > 0) {
                table.setTopIndex(Math.max(0, top - droppedLines));
            }
        }
    }

    /**
     * Puts older rows (oldest first) above the first one, keeping the rows the user is reading in place.
     *
     * @return how many were put (none when the list is full)
     */
    int prepend(List<MessageRow> older) {
        if (older.isEmpty() || table.isDisposed()) {
            return 0;
        }
        int topRow = rows.size() == 0 ? 0 : lines.rowAt(Math.min(topIndex(), lines.count() - 1));
        time.fit(older);
        sender.fit(older);
        int put = rows.prepend(older);
        if (put > 0) {
            lines.reindex();
            table.setItemCount(lines.count());
            table.clearAll();
            table.setTopIndex(lines.firstLine(topRow + put));
        }
        return put;
    }

    /**
     * @return how many of the newest rows happened after {@code time}, back to the first that did not (or that does
     *         not say when: a marker, a separator)
     */
    int newerAtEnd(Instant time) {
        int count = 0;
        for (int i = rows.size() - 1; i >= 0; i--) {
            Instant at = rows.get(i).at();
            if (at == null || !at.isAfter(time)) {
                break;
            }
            count++;
        }
        return count;
    }

    /**
     * Takes the newest {@code count} rows out, for {@link #append} to put them back behind rows that happened before
     * them (their items go, so the table fetches those lines again).
     *
     * @return the rows taken, oldest first
     */
    List<MessageRow> takeLast(int count) {
        if (count <= 0 || table.isDisposed()) {
            return List.of();
        }
        List<MessageRow> taken = rows.takeLast(count);
        lines.truncated(rows.size());
        table.setItemCount(lines.count());
        return taken;
    }

    /**
     * Selects the row that happened at {@code at}, where {@code from} said {@code text}, and scrolls it into view (a
     * third down the list, with what came before it above); new rows no longer scroll it away (End follows again).
     * Two lines of one member may share their millisecond: the text tells them apart.
     *
     * @return whether the list holds that row
     */
    boolean reveal(Instant at, String from, String text) {
        for (int i = rows.size() - 1; i >= 0 && !table.isDisposed(); i--) {
            MessageRow row = rows.get(i);
            if (at.equals(row.at()) && (row.from().equals(from) && row.text().equals(text)
                    || row.text().equals(from + " " + text))) { // an action: "* ada waves"
                setFollow(false);
                int[] shown = lines.linesOf(new int[] { i });
                table.setSelection(shown);
                table.notifyListeners(SWT.Selection, new Event()); // the reader below shows it (it kept the last one)
                Runnable scroll = () -> table.setTopIndex(Math.max(0, shown[0] - linesInView() / 3));
                scroll.run();
                // again once GTK has laid out what came in this turn (rows put above, the bar back to the newest
                // rows): it scrolls when idle, and a scroll asked for before that was lost
                table.getDisplay().asyncExec(() -> {
                    if (!table.isDisposed() && !follow) {
                        scroll.run();
                    }
                });
                return true;
            }
        }
        return false;
    }

    /** Removes the row at {@code index} (an old marker line). */
    /**
     * @return the index of the line at the top of the list. SWT on GTK keeps the index a {@code setTopIndex} asked for
     *         with the scroll position of that moment, and answers it again whenever the list is back at that
     *         position; asked before GTK had scrolled (it scrolls when idle), that position is the top: scrolled back
     *         up there, the list said its top line was its last one (51 of 52), took itself for following the newest
     *         and jumped to them, so the wheel never reached the older pages. Where the user scrolled to the top,
     *         the scroll bar says so (while following, an index asked for and not yet scrolled to is the one meant).
     */
    int topIndex() {
        return atTop() && !follow ? 0 : table.getTopIndex();
    }

    private boolean atTop() {
        ScrollBar bar = table.getVerticalBar();
        return bar != null && bar.getSelection() == 0;
    }

    /** @return how many lines the list shows at its present height (at least one) */
    int linesInView() {
        return Math.max(1, table.getClientArea().height / Math.max(1, table.getItemHeight()));
    }

    void remove(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
            lines.reindex();
            table.setItemCount(lines.count());
            table.clearAll();
        }
    }

    int size() {
        return rows.size();
    }

    /** @return the newest row, null when there is none */
    MessageRow last() {
        return rows.size() == 0 ? null : rows.get(rows.size() - 1);
    }

    /** @return the serial the next appended row gets (see {@link Scrollback#indexOf}) */
    long nextSerial() {
        return rows.appended();
    }

    /** @return the index of the row with {@code serial}, -1 when it was dropped */
    int indexOf(long serial) {
        return rows.indexOf(serial);
    }

    void resize(int capacity) {
        if (!table.isDisposed() && capacity != rows.capacity() && rows.resize(capacity) > 0) {
            lines.reindex();
            table.setItemCount(lines.count());
            table.clearAll();
        }
    }

    boolean following() {
        return follow;
    }

    int missed() {
        return missed;
    }

    /** Calls {@code listener} when following starts or stops, or rows arrive out of view. */
    void onFollowChange(Runnable listener) {
        followListeners.add(listener);
    }

    /** Shows the newest row and follows new ones again. */
    void jumpToLatest() {
        if (table.isDisposed()) {
            return;
        }
        setFollow(true);
        if (rows.size() > 0) {
            table.setTopIndex(lines.count() - 1);
        }
    }

    /** @return the rows with a line selected, oldest first, each once */
    List<MessageRow> selected() {
        int[] selectedRows = selectedRows();
        List<MessageRow> chosen = new ArrayList<>(selectedRows.length);
        for (int row : selectedRows) {
            chosen.add(rows.get(row));
        }
        return chosen;
    }

    /** @return the indexes of the rows with a line selected, ascending, each once */
    private int[] selectedRows() {
        return lines.rowsOn(table.getSelectionIndices());
    }

    /** The user selected a line: every line of its row is selected with it (a row is copied and read whole). */
    private void selectWholeRows() {
        if (!lines.anyWrapped() || table.getSelectionCount() == lines.count()) {
            return;
        }
        int[] whole = lines.linesOf(selectedRows());
        if (whole.length != table.getSelectionCount()) {
            table.select(whole);
        }
    }

    /**
     * Breaks the rows again for the message column's width and the list's font when either changed: those in view at
     * once, the others in steps of at most {@link #REBREAK_STEP_NANOS} on the UI thread (keeping their lines until all
     * are done).
     */
    private void rebreak() {
        if (table.isDisposed()) {
            return;
        }
        int width = RowLines.textWidth(textColumn.getWidth());
        if (width == lines.targetWidth() && !lines.fontChanged()) {
            return;
        }
        lines.rebreak(width);
        // the rows in view (and those that scroll into view first) take their new lines at once
        int visible = linesInView();
        int topRow = rows.size() == 0 ? 0 : lines.rowAt(Math.min(topIndex(), lines.count() - 1));
        int from = follow ? Math.max(0, rows.size() - 2 * visible) : Math.max(0, topRow - visible);
        int to = follow ? rows.size() : topRow + 2 * visible;
        relayout(() -> lines.breakNow(from, to));
        stepRebreak();
    }

    private void stepRebreak() {
        if (table.isDisposed() || !lines.rebreaking()) {
            return;
        }
        if (lines.step(REBREAK_STEP_NANOS)) {
            relayout(lines::swap);
        } else {
            table.getDisplay().asyncExec(this::stepRebreak); // after what waits for the UI thread meanwhile
        }
    }

    /**
     * Breaks rows again ({@code change}): the lines follow, the selected rows stay selected, the row at the top in
     * place.
     */
    private void relayout(Runnable change) {
        int topRow = rows.size() == 0 ? 0 : lines.rowAt(Math.min(topIndex(), lines.count() - 1));
        int topLine = lines.firstLine(topRow);
        boolean wrapped = lines.anyWrapped();
        int[] selectedRows = selectedRows();
        change.run();
        if (!wrapped && !lines.anyWrapped()) {
            return; // every row took one line and still does: nothing moves (nor is the user's scrolling undone)
        }
        table.setItemCount(lines.count());
        table.clearAll();
        if (selectedRows.length > 0) {
            table.deselectAll();
            table.select(lines.linesOf(selectedRows));
        }
        if (follow) {
            keepNewestInView();
        } else if (lines.firstLine(topRow) != topLine) {
            table.setTopIndex(lines.firstLine(topRow));
        }
    }

    void setFocus() {
        table.setFocus();
    }

    private void key(Event event) {
        if (event.keyCode == SWT.END) {
            event.doit = false;
            jumpToLatest();
        } else if ((event.stateMask & SWT.MOD1) != 0 && (event.keyCode == 'c' || event.keyCode == SWT.INSERT)) {
            RowCopy.copy(table, selected());
        } else {
            recheckFollow();
        }
    }

    /** After the oldest rows went: what was selected stays selected, now the {@code dropped} lines they took up. */
    private void keepSelection(int dropped) {
        int[] selected = table.getSelectionIndices();
        if (selected.length == 0) {
            return;
        }
        int[] moved = Arrays.stream(selected).map(index -> index - dropped).filter(index -> index >= 0).toArray();
        table.deselectAll();
        table.select(moved);
    }

    private void keepNewestInView() {
        if (follow && rows.size() > 0) {
            table.getDisplay().asyncExec(() -> {
                if (!table.isDisposed() && follow) {
                    table.setTopIndex(lines.count() - 1);
                }
            });
        }
    }

    private void recheckFollow() {
        table.getDisplay().asyncExec(() -> {
            if (!table.isDisposed()) {
                setFollow((atTop() ? 0 : table.getTopIndex()) + linesInView() >= lines.count() - 1);
            }
        });
    }

    private void setFollow(boolean value) {
        boolean changed = value != follow;
        follow = value;
        if (value) {
            missed = 0;
        }
        if (changed) {
            followListeners.forEach(Runnable::run);
        }
    }

    private void fill(Event event) {
        TableItem item = (TableItem) event.item;
        ShownLine line = lines.line(event.index);
        MessageRow row = line.row();
        String text = line.cut() && line.last() && lines.width() > 0 && !row.rule() ? line.text() + CellText.ELLIPSIS
                : line.text();
        item.setText(line.first() ? new String[] { row.time(), row.from(), text } : new String[] { "", "", text });
        item.setData(line); // how CellText, the links and the tooltip tell the row of a line
        colours.apply(item, row, line.first());
    }
}
