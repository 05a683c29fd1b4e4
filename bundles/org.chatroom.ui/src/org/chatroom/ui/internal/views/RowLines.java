package org.chatroom.ui.internal.views;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Table;

/**
 * The message list's rows as the lines of its table: a row wider than the message column takes as many lines as its
 * text needs there (up to {@link LineBreaker#MAX_LINES}), the time and the sender on its first. Kept in step with
 * the {@link Scrollback} by {@link MessageTable}: rows appended are broken as they come, rows dropped at the front
 * move the others up; a new column width or text size breaks them all again. UI thread only.
 */
final class RowLines {

    private final Table table;
    private final Scrollback rows;
    private final LineBreaker breaker;
    private final WrapIndex wraps = new WrapIndex();
    /** The pixels a line of text may take: the message column's width less the cell's padding; 0: no wrapping. */
    private int width;
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

    /** Breaks every row again for {@code newWidth}, measuring them again in new fonts if the text size changed. */
    void rebreak(int newWidth) {
        width = newWidth;
        if (fontChanged()) {
            breaker.forget();
            measuredFont = table.getFont();
        }
        reindex();
    }

    /** Breaks every row again at the current width (rows were put before the first, or removed). */
    void reindex() {
        wraps.clear();
        appended(0);
    }

    /** The rows from {@code from} to the last were appended. */
    void appended(int from) {
        for (int row = Math.max(0, from); row < rows.size(); row++) {
            MessageRow message = rows.get(row);
            int[] offsets = breaker.breaks(message, font(message), width);
            if (offsets != null) {
                wraps.add(row, offsets);
            }
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
        return wraps.at(line, row -> 0).row();
    }

    /** @return line {@code line} of the table, with its row */
    ShownLine line(int line) {
        WrapIndex.Line at = wraps.at(line, row -> LineBreaker.shown(rows.get(row).text()).length());
        MessageRow row = rows.get(at.row());
        String shown = LineBreaker.shown(row.text());
        int end = Math.min(at.end(), shown.length());
        // without the line break or the spaces it ends with: Pango lets a line's trailing spaces pass the width
        String text = shown.substring(Math.min(at.start(), end), end).stripTrailing();
        boolean cut = at.pieces() > 1 ? wraps.lastEnd(at.row()) < shown.length()
                : width == 0 && shown.length() > RowTooltip.LONG;
        return new ShownLine(row, text, at.start(), at.piece() == 0, at.piece() == at.pieces() - 1, cut);
    }

    private Font font(MessageRow row) {
        Font font = RowColours.font(row.style());
        return font != null ? font : table.getFont();
    }
}
