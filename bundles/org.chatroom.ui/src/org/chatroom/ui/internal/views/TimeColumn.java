package org.chatroom.ui.internal.views;

import java.util.List;

import org.chatroom.ui.internal.theme.ChatFont;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.swt.widgets.TableColumn;

/**
 * The message list's time column: as wide as today's times need ("14:02:11"), widened once the list shows a row of
 * another day ("28 Sep 23:58" in the user's language, bold for a mention), so that a list of today's rows keeps its
 * width for the messages. Measured again when the text size changes.
 */
final class TimeColumn {

    /** Today's width at the normal text size (a little more than "23:59:59" in bold needs). */
    private static final int TODAY_WIDTH = 80;
    /** Room beside the text: GTK's cell padding and a gap before the sender. */
    private static final int PADDING = 12;

    private final TableColumnLayout layout;
    private final TableColumn column;
    private boolean wide;

    TimeColumn(TableColumnLayout layout, TableColumn column) {
        this.layout = layout;
        this.column = column;
        set(todayWidth());
    }

    /** Widens the column for good when one of {@code rows} is of another day. */
    void fit(List<MessageRow> rows) {
        if (wide || rows.stream().noneMatch(row -> RowFormatter.withDay(row.time()))) {
            return;
        }
        wide = true;
        set(Math.max(column.getWidth(), dayWidth()));
    }

    /** The text size changed: the width its times need at the new size. */
    void refit() {
        set(wide ? Math.max(todayWidth(), dayWidth()) : todayWidth());
    }

    private int todayWidth() {
        int scaled = TODAY_WIDTH * ChatFont.size() / 100;
        return Math.max(scaled, BoldText.widest(column.getParent(), List.of("23:59:59")) + PADDING);
    }

    private int dayWidth() {
        return BoldText.widest(column.getParent(), RowFormatter.widestDayTimes()) + PADDING;
    }

    private void set(int width) {
        layout.setColumnData(column, new ColumnPixelData(width, true));
        column.setWidth(width);
    }
}
