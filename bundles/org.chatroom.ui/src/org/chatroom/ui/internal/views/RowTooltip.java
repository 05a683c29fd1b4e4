package org.chatroom.ui.internal.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * Shows the whole text of a row the list cuts (longer than {@link LineBreaker#MAX_LINES} lines, or long before the
 * list could wrap it), wrapped, as the table's tooltip while the pointer is over any of its lines.
 */
final class RowTooltip {

    /** Rows longer than this (characters) get a tooltip while the list cannot wrap them; shorter ones fit. */
    static final int LONG = 60;
    /** Below GTK's own tooltip width (70 characters, its label's max-width-chars), which would break longer lines again. */
    static final int WRAP = 64;
    /** Lines a tooltip shows at most: GTK does not move a taller one above the pointer, its end ran off the screen. */
    static final int MAX_LINES = 20;

    private final Table table;
    /** The row whose tooltip is shown (or not: it is not cut), null for none. */
    private MessageRow shown;

    RowTooltip(Table table) {
        this.table = table;
        table.addListener(SWT.MouseMove, this::update);
        table.addListener(SWT.MouseHover, this::update);
        table.addListener(SWT.MouseExit, e -> show(null, null));
    }

    private void update(Event event) {
        TableItem item = table.getItem(new Point(event.x, event.y));
        ShownLine line = item != null && item.getData() instanceof ShownLine data ? data : null;
        MessageRow row = line == null ? null : line.row();
        if (row == shown) {
            return;
        }
        show(row, line != null && line.cut() ? capped(wrap(row.plain(), WRAP)) : null);
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

    private void show(MessageRow row, String text) {
        shown = row;
        table.setToolTipText(text);
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
