package org.chatroom.ui.internal.views;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.swt.widgets.TableColumn;

/**
 * The message list's sender column: as wide as the longest name it has shown (in bold, as a mention shows it), at
 * least as wide as its title and at most {@value #MAX_WIDTH} pixels, growing when a longer name speaks. A list of
 * short names leaves the room to the messages: a conversation with one member beside the room had 120 pixels for
 * "anna" and "bob", and its messages ran past the view's edge.
 */
final class SenderColumn {

    /** The widest the column grows by itself (a longer name is cut; the user may widen the column). */
    static final int MAX_WIDTH = 120;
    /** Room beside the text: GTK's cell padding and a gap before the message. */
    private static final int PADDING = 16;
    /** Names measured; forgotten past this many, when measuring again costs less than keeping them. */
    private static final int MAX_KNOWN = 10_000;

    private final TableColumnLayout layout;
    private final TableColumn column;
    private final Set<String> known = new HashSet<>();
    private int width;

    SenderColumn(TableColumnLayout layout, TableColumn column) {
        this.layout = layout;
        this.column = column;
        width = Math.min(MAX_WIDTH, BoldText.widest(column.getParent(), List.of(column.getText())) + PADDING);
        layout.setColumnData(column, new ColumnPixelData(width, true));
    }

    /** Widens the column when one of {@code rows} names a sender wider than it. */
    void fit(List<MessageRow> rows) {
        if (width >= MAX_WIDTH) {
            return;
        }
        List<String> names = rows.stream().map(MessageRow::from).filter(name -> !name.isEmpty())
                .filter(known::add).toList();
        if (known.size() > MAX_KNOWN) {
            known.clear();
        }
        if (names.isEmpty()) {
            return;
        }
        int needed = Math.min(MAX_WIDTH, BoldText.widest(column.getParent(), names) + PADDING);
        if (needed > width) {
            width = Math.max(needed, column.getWidth());
            layout.setColumnData(column, new ColumnPixelData(width, true));
            column.setWidth(width);
            column.getParent().getParent().layout(); // the message column gives the room back
        }
    }
}
