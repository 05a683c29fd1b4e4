package org.chatroom.ui.internal.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** Shows a long row's whole text, wrapped, as the table's tooltip while the pointer is over that row. */
final class RowTooltip {

    /** Rows longer than this (characters) get a tooltip; shorter ones fit the column. */
    static final int LONG = 60;
    /** Below GTK's own tooltip width (70 characters, its label's max-width-chars), which would break longer lines again. */
    static final int WRAP = 64;
    /** Lines a tooltip shows at most: GTK does not move a taller one above the pointer, its end ran off the screen. */
    static final int MAX_LINES = 20;

    private final Table table;
    private final Scrollback rows;
    private int shown = -1;

    RowTooltip(Table table, Scrollback rows) {
        this.table = table;
        this.rows = rows;
        table.addListener(SWT.MouseMove, this::update);
        table.addListener(SWT.MouseHover, this::update);
        table.addListener(SWT.MouseExit, e -> show(-1, null));
    }

    private void update(Event event) {
        TableItem item = table.getItem(new Point(event.x, event.y));
        int index = item == null ? -1 : table.indexOf(item);
        if (index == shown) {
            return;
        }
        MessageRow row = index < 0 || index >= rows.size() ? null : rows.get(index);
        boolean isLong = row != null && (row.text().length() > LONG || row.text().indexOf('\n') >= 0);
        show(index, isLong ? capped(wrap(row.plain(), WRAP)) : null);
    }

    /** The first {@link #MAX_LINES} lines, then a line saying where the rest is (the reader, on selecting the row). */
    private static String capped(String wrapped) {
        int end = -1;
        for (int line = 0; line < MAX_LINES; line++) {
            end = wrapped.indexOf('\n', end + 1);
            if (end < 0) {
                return wrapped;
            }
        }
        return wrapped.substring(0, end) + "\n" + ViewTexts.tooltipMore;
    }

    private void show(int index, String text) {
        shown = index;
        table.setToolTipText(text);
    }

    /** The text as one table cell shows it: line breaks as spaces. */
    static String oneLine(String text) {
        return text.indexOf('\n') < 0 && text.indexOf('\r') < 0 ? text : text.replaceAll("\\R", " \u23CE ");
    }

    /** Breaks {@code text} into lines of at most {@code width} characters, at spaces where there are some. */
    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / width + 1);
        for (String paragraph : text.split("\\R", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            int column = 0;
            for (String word : paragraph.split(" ")) {
                while (word.length() > width) { // an unbroken run longer than a line
                    if (column > 0) {
                        out.append('\n');
                        column = 0;
                    }
                    out.append(word, 0, width).append('\n');
                    word = word.substring(width);
                }
                if (column > 0 && column + 1 + word.length() > width) {
                    out.append('\n');
                    column = 0;
                } else if (column > 0) {
                    out.append(' ');
                    column++;
                }
                out.append(word);
                column += word.length();
            }
        }
        return out.toString();
    }
}
