package org.chatroom.ui.internal.views;

import java.util.Arrays;

/**
 * Where the rows of the message list lie among the table's lines when some take more than one: only the rows that
 * wrap are kept (most take one line), with their line breaks and how many extra lines the wrapped rows before each
 * add, so a line finds its row and a row its first line by binary search. Rows are counted from the oldest kept.
 */
public final class WrapIndex {

    /** A table line: row {@code row}, its line {@code piece} of {@code pieces}, from {@code start} to {@code end}. */
    public record Line(int row, int piece, int pieces, int start, int end) {
    }

    /** The {@link Line#end} of a row that takes one line: its text's end, whatever its length. */
    public static final int TEXT_END = Integer.MAX_VALUE;

    private int[] rows = new int[8];
    /** The line offsets of each wrapped row's text: first line's start (0), each next line's start, the text's end. */
    private int[][] breaks = new int[8][];
    /** The extra lines of the wrapped rows before entry {@code i}. */
    private int[] before = new int[8];
    private int count;
    private int extra;

    /** Forgets every wrapped row. */
    public void clear() {
        count = 0;
        extra = 0;
    }

    /**
     * Row {@code row}, after every row added so far, wraps at {@code offsets} (as {@link #breaks}); rows never added
     * take one line.
     */
    public void add(int row, int[] offsets) {
        if (offsets.length <= 2) {
            return;
        }
        if (count > 0 && rows[count - 1] >= row) {
            throw new IllegalArgumentException("row " + row + " is not after row " + rows[count - 1]);
        }
        if (count == rows.length) {
            rows = Arrays.copyOf(rows, count * 2);
            breaks = Arrays.copyOf(breaks, count * 2);
            before = Arrays.copyOf(before, count * 2);
        }
        rows[count] = row;
        breaks[count] = offsets;
        before[count] = extra;
        extra += offsets.length - 2;
        count++;
    }

    /** The oldest {@code dropped} rows went: the others move up as many rows. */
    public void dropFront(int dropped) {
        int gone = 0;
        while (gone < count && rows[gone] < dropped) {
            gone++;
        }
        int kept = 0;
        extra = 0;
        for (int i = gone; i < count; i++) {
            rows[kept] = rows[i] - dropped;
            breaks[kept] = breaks[i];
            before[kept] = extra;
            extra += breaks[i].length - 2;
            kept++;
        }
        Arrays.fill(breaks, kept, count, null);
        count = kept;
    }

    /**
     * Rows {@code from} to {@code to} - 1 wrap as {@code range} says (which holds rows of that span only, in the same
     * numbering), the others as before.
     */
    public void replace(int from, int to, WrapIndex range) {
        int[] keptRows = Arrays.copyOf(rows, count);
        int[][] keptBreaks = Arrays.copyOf(breaks, count);
        int kept = count;
        clear();
        int i = 0;
        while (i < kept && keptRows[i] < from) {
            add(keptRows[i], keptBreaks[i]);
            i++;
        }
        for (int j = 0; j < range.count; j++) {
            add(range.rows[j], range.breaks[j]);
        }
        while (i < kept && keptRows[i] < to) {
            i++;
        }
        for (; i < kept; i++) {
            add(keptRows[i], keptBreaks[i]);
        }
    }

    /** @return how many lines {@code rowCount} rows take */
    public int lines(int rowCount) {
        return rowCount + extraBefore(rowCount);
    }

    /** @return the first line of row {@code row} */
    public int firstLine(int row) {
        return row + extraBefore(row);
    }

    /** @return how many lines row {@code row} takes */
    public int linesOf(int row) {
        int at = Arrays.binarySearch(rows, 0, count, row);
        return at < 0 ? 1 : breaks[at].length - 1;
    }

    /** @return where the last line of row {@code row} ends in its text, -1 when the row takes one line */
    public int lastEnd(int row) {
        int at = Arrays.binarySearch(rows, 0, count, row);
        return at < 0 ? -1 : breaks[at][breaks[at].length - 1];
    }

    /** @param line a line of the table, below {@link #lines} of the rows */
    public Line at(int line) {
        // the last wrapped row whose first line is at or before the line
        int low = 0;
        int high = count - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (rows[mid] + before[mid] <= line) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        if (found >= 0) {
            int first = rows[found] + before[found];
            int[] offsets = breaks[found];
            int pieces = offsets.length - 1;
            if (line < first + pieces) {
                int piece = line - first;
                return new Line(rows[found], piece, pieces, offsets[piece], offsets[piece + 1]);
            }
            int row = line - before[found] - (pieces - 1);
            return new Line(row, 0, 1, 0, TEXT_END);
        }
        return new Line(line, 0, 1, 0, TEXT_END);
    }

    /** The extra lines of the wrapped rows before row {@code row}. */
    private int extraBefore(int row) {
        int at = Arrays.binarySearch(rows, 0, count, row);
        int entries = at >= 0 ? at : -at - 1;
        return entries == count ? extra : before[entries];
    }
}
