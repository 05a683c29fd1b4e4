package org.chatroom.ui.internal.views;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Table;

/**
 * The message list's rows as the lines of its table: a row wider than the message column takes as many lines as its
 * text needs there (up to {@link LineBreaker#MAX_LINES}), the time and the sender on its first. Kept in step with
 * the {@link Scrollback} by {@link MessageTable}: rows appended are broken as they come, rows dropped at the front
 * move the others up; a new column width or text size breaks them all again, in steps. UI thread only.
 */
final class RowLines {

    private final Table table;
    private final Scrollback rows;
    private final LineBreaker breaker;
    /** Where the rows lie now. */
    private WrapIndex wraps = new WrapIndex();
    /** The pixels a line of text may take: the message column's width less the cell's padding; 0: no wrapping. */
    private int width;
    /** The rows broken again for {@link #nextWidth}, up to {@link #nextRow}, while they are; else null. */
    private WrapIndex next;
    private int nextRow;
    private int nextWidth;
    /** The list's font when the rows were broken last. */
    private Font measuredFont;

    RowLines(Table table, Scrollback rows) {
        this.table = table;
        this.rows = rows;
        this.breaker = new LineBreaker(table);
    }

    /** @return the pixels a line of text may take in a message column {@code columnWidth} wide */
    static int textWidth(int columnWidth) {
        int width = columnWidth - CellText.PADDING;
        return width < CellText.PADDING ? 0 : width;
    }

    int width() {
        return width;
    }

    /** @return whether the list's font is another than the rows were broken in (the text size changed) */
    boolean fontChanged() {
        return !table.getFont().equals(measuredFont);
    }

    /** @return the width the rows are broken for, or are being broken for again */
    int targetWidth() {
        return next != null ? nextWidth : width;
    }

    /**
     * Begins breaking every row again for {@code newWidth} (in new fonts if the text size changed) beside the breaks
     * in use, which stay until {@link #swap}: a list of 100,000 rows, a quarter of them long, takes a second or more,
     * which {@link #step} spreads over as many turns of the UI thread.
     */
    void rebreak(int newWidth) {
        if (fontChanged()) {
            breaker.forget();
            measuredFont = table.getFont();
        }
        next = new WrapIndex();
        nextRow = 0;
        nextWidth = newWidth;
    }

    /**
     * While the rows are broken again ({@link #rebreak}): rows {@code from} to {@code to} - 1 (those in view) take
     * their new lines at once, the others theirs when all are done.
     */
    void breakNow(int from, int to) {
        WrapIndex range = new WrapIndex();
        int end = Math.min(to, rows.size());
        for (int row = Math.max(0, from); row < end; row++) {
            add(range, row, nextWidth);
        }
        wraps.replace(from, end, range);
    }

    /** @return whether the rows are being broken again ({@link #rebreak}) */
    boolean rebreaking() {
        return next != null;
    }

    /**
     * Breaks more rows again, for about {@code nanos}.
     *
     * @return whether all are done: {@link #swap} puts the new breaks in use
     */
    boolean step(long nanos) {
        long end = System.nanoTime() + nanos;
        while (nextRow < rows.size()) {
            add(next, nextRow, nextWidth);
            nextRow++;
            if (nextRow % 256 == 0 && System.nanoTime() - end > 0) {
                return false;
            }
        }
        return true;
    }

    /** Puts the breaks {@link #step} finished in use. */
    void swap() {
        wraps = next;
        width = nextWidth;
        next = null;
    }

    /** Breaks every row again at the current width (rows were put before the first, or removed). */
    void reindex() {
        wraps.clear();
        appended(0);
        if (next != null) {
            next = new WrapIndex();
            nextRow = 0;
        }
    }

    /** The rows from {@code from} on went (taken out to be appended again): their lines go. */
    void truncated(int from) {
        wraps.replace(from, Integer.MAX_VALUE, new WrapIndex());
        if (next != null) {
            next.replace(from, Integer.MAX_VALUE, new WrapIndex());
            nextRow = Math.min(nextRow, from);
        }
    }

    /** The rows from {@code from} to the last were appended: broken for the width the rows are (being) broken for. */
    void appended(int from) {
        for (int row = Math.max(0, from); row < rows.size(); row++) {
            add(wraps, row, targetWidth());
        }
    }

    private void add(WrapIndex index, int row, int at) {
        MessageRow message = rows.get(row);
        int[] offsets = breaker.breaks(message, font(message), at);
        if (offsets != null) {
            index.add(row, offsets);
        }
    }

    /**
     * The oldest {@code dropped} rows went.
     *
     * @return how many lines they took
     */
    int dropped(int dropped) {
        int lines = wraps.firstLine(dropped);
        wraps.dropFront(dropped);
        if (next != null) {
            next.dropFront(dropped);
            nextRow = Math.max(0, nextRow - dropped);
        }
        return lines;
    }

    /** @return whether any row takes more than one line */
    boolean anyWrapped() {
        return wraps.lines(rows.size()) > rows.size();
    }

    /** @return the lines of all the rows */
    int count() {
        return wraps.lines(rows.size());
    }

    int firstLine(int row) {
        return wraps.firstLine(row);
    }

    int linesOf(int row) {
        return wraps.linesOf(row);
    }

    /** @return the rows on {@code lines} (lines of the table), ascending, each once */
    int[] rowsOn(int[] lines) {
        int[] sorted = lines.clone();
        Arrays.sort(sorted);
        int count = count();
        return Arrays.stream(sorted).filter(line -> line < count).map(this::rowAt).distinct().toArray();
    }

    /** @return all the lines of {@code rows} (ascending rows), ascending */
    int[] linesOf(int[] rows) {
        IntStream.Builder all = IntStream.builder();
        for (int row : rows) {
            int first = firstLine(row);
            for (int line = first; line < first + linesOf(row); line++) {
                all.add(line);
            }
        }
        return all.build().toArray();
    }

    /** @return the row on line {@code line} */
    int rowAt(int line) {
        return wraps.at(line).row();
    }

    /** @return line {@code line} of the table, with its row */
    ShownLine line(int line) {
        WrapIndex.Line at = wraps.at(line);
        MessageRow row = rows.get(at.row());
        if (row.rule()) {
            String text = breaker.rule(row, font(row), width);
            // its label cut (with an ellipsis of its own, or by the list): the tooltip gives the whole
            boolean cut = text.charAt(0) != MessageRow.RULE || text.endsWith(CellText.ELLIPSIS + " " + MessageRow.RULE);
            return new ShownLine(row, text, 0, true, true, cut, false);
        }
        String shown = LineBreaker.shown(row.text());
        int end = Math.min(at.end(), shown.length());
        // without the line break or the spaces it ends with: Pango lets a line's trailing spaces pass the width
        String text = shown.substring(Math.min(at.start(), end), end).stripTrailing();
        boolean cut = at.pieces() > 1 ? wraps.lastEnd(at.row()) < shown.length()
                : width == 0 && shown.length() > RowTooltip.LONG;
        boolean last = at.piece() == at.pieces() - 1;
        return new ShownLine(row, text, at.start(), at.piece() == 0, last, cut, width > 0 && next == null
                && !(cut && last));
    }

    private Font font(MessageRow row) {
        Font font = RowColours.font(row.style());
        return font != null ? font : table.getFont();
    }
}
