package org.chatroom.ui.internal.views;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.chatroom.ui.internal.theme.ChatFont;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.swt.widgets.TableColumn;

/**
 * The message list's sender column: as wide as the longest name it has shown (in bold, as a mention shows it), at
 * least as wide as its title and at most {@value #MAX_WIDTH} pixels at the normal text size, growing when a longer
 * name speaks. A list of short names leaves the room to the messages: a conversation with one member beside the room
 * had 120 pixels for "anna" and "bob", and its messages ran past the view's edge. Measured again when the text size
 * changes.
 */
final class SenderColumn {

    /** The widest the column grows by itself at the normal text size (a longer name is cut; the user may widen it). */
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
        set(needed(List.of()));
    }

    /** Widens the column when one of {@code rows} names a sender wider than it. */
    void fit(List<MessageRow> rows) {
        if (width >= maxWidth()) {
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
        int needed = needed(names);
        if (needed > width) {
            set(Math.max(needed, column.getWidth()));
            column.getParent().getParent().layout(); // the message column gives the room back
        }
    }

    /** The text size changed: as wide as the names shown need at the new size. */
    void refit() {
        set(needed(known));
    }

    private int needed(Iterable<String> names) {
        List<String> texts = new ArrayList<>();
        texts.add(column.getText());
        names.forEach(texts::add);
        return Math.min(maxWidth(), BoldText.widest(column.getParent(), texts) + PADDING);
    }

    private static int maxWidth() {
        return MAX_WIDTH * ChatFont.size() / 100;
    }

    private void set(int pixels) {
        width = pixels;
        layout.setColumnData(column, new ColumnPixelData(width, true));
        column.setWidth(width);
    }
}
