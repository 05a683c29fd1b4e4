package org.chatroom.ui.internal.views;

import java.util.List;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.swt.widgets.TableColumn;

/**
 * The message list's time column: as wide as today's times need ("14:02:11"), widened once the list shows a row of
 * another day ("28 Sep 23:58" in the user's language, bold for a mention), so that a list of today's rows keeps its
 * width for the messages.
 */
final class TimeColumn {

    private static final int TODAY_WIDTH = 80;
    /** Room beside the text: GTK's cell padding and a gap before the sender. */
    private static final int PADDING = 12;

    private final TableColumnLayout layout;
    private final TableColumn column;
    private boolean wide;

    TimeColumn(TableColumnLayout layout, TableColumn column) {
        this.layout = layout;
        this.column = column;
        layout.setColumnData(column, new ColumnPixelData(TODAY_WIDTH, true));
    }

    /** Widens the column for good when one of {@code rows} is of another day. */
    void fit(List<MessageRow> rows) {
        if (wide || rows.stream().noneMatch(row -> RowFormatter.withDay(row.time()))) {
            return;
        }
        wide = true;
        int dayTime = BoldText.widest(column.getParent(), RowFormatter.widestDayTimes());
        int width = Math.max(column.getWidth(), dayTime + PADDING);
        layout.setColumnData(column, new ColumnPixelData(width, true));
        column.setWidth(width);
    }
}
