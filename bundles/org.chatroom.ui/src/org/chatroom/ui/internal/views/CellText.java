package org.chatroom.ui.internal.views;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.graphics.TextStyle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * Draws the text of the message list's cells, where the native text of a row could not show its links. Once a table
 * draws any cell itself, SWT on GTK draws the text of all the others in the table's default colour (the rows'
 * own colours, for what I said, mentions, notices and markers, were lost), so every cell's text is drawn here: in the
 * colour and font SWT hands the paint event (the row's, or the selection's), where GTK would put it, with the links
 * of the text column underlined in the link colour.
 */
final class CellText {

    /** On GTK the text starts this far into a cell's bounds (the renderer's padding); elsewhere at its text bounds. */
    private static final int GTK_TEXT_INSET = 2;
    private static final boolean GTK = "gtk".equals(SWT.getPlatform());
    private static final String ELLIPSIS = "\u2026";

    private final Table table;
    private final int linkColumn;
    /** The colour of links outside the selection. */
    private final Supplier<Color> linkColour;

    CellText(Table table, int linkColumn, Supplier<Color> linkColour) {
        this.table = table;
        this.linkColumn = linkColumn;
        this.linkColour = linkColour;
        table.addListener(SWT.EraseItem, e -> e.detail &= ~SWT.FOREGROUND); // background and selection stay native
        table.addListener(SWT.PaintItem, this::paint);
    }

    private void paint(Event event) {
        TableItem item = (TableItem) event.item;
        // in a selected row in the selection's text colour: a link style without a colour takes the system's link
        // colour, blue on the blue of GTK's selection
        boolean selected = (event.detail & SWT.SELECTED) != 0;
        TextLayout layout = layout(item, event.index, selected ? event.gc.getForeground() : linkColour.get());
        try {
            Point at = origin(item, event.index, layout);
            event.gc.setClipping(item.getBounds(event.index));
            layout.draw(event.gc, at.x, at.y);
        } finally {
            layout.dispose();
        }
    }

    /**
     * The text of a cell as it is drawn (in the gc's colour), its links underlined in {@code links} in the link
     * column; a text wider than its cell ends with an ellipsis where the cell does (the whole text is in the row's
     * tooltip and in the reader).
     */
    private TextLayout layout(TableItem item, int column, Color links) {
        String text = item.getText(column);
        Font font = item.getFont(column);
        TextLayout layout = styled(text, text.length(), font, column, links);
        Rectangle cell = item.getBounds(column);
        int room = cell.x + cell.width - textX(item, column) - (GTK ? GTK_TEXT_INSET : 0);
        if (layout.getBounds().width <= room) {
            return layout;
        }
        TextLayout ellipsis = styled(ELLIPSIS, 0, font, column, links);
        int[] trailing = new int[1];
        int cut = layout.getOffset(Math.max(0, room - ellipsis.getBounds().width), 0, trailing);
        ellipsis.dispose();
        layout.dispose();
        return styled(text.substring(0, cut) + ELLIPSIS, cut, font, column, links);
    }

    /** {@code text} in {@code font}, the links of its first {@code shown} characters underlined in the link column. */
    private TextLayout styled(String text, int shown, Font font, int column, Color links) {
        TextLayout layout = new TextLayout(table.getDisplay());
        layout.setText(text);
        layout.setFont(font);
        if (column == linkColumn) {
            for (Links.Link link : Links.find(text.substring(0, shown))) {
                TextStyle style = new TextStyle(null, links, null);
                style.underline = true;
                style.underlineStyle = SWT.UNDERLINE_LINK;
                style.underlineColor = links;
                layout.setStyle(style, link.start(), link.end() - 1);
            }
        }
        return layout;
    }

    /** @return the link of the link column's cell of {@code item} drawn at the table's point, or {@code null} */
    Links.Link linkAt(TableItem item, int x, int y) {
        String text = item.getText(linkColumn);
        List<Links.Link> links = Links.find(text);
        if (links.isEmpty()) {
            return null;
        }
        TextLayout layout = layout(item, linkColumn, null);
        try {
            Point origin = origin(item, linkColumn, layout);
            int shown = layout.getText().equals(text) ? text.length() : layout.getText().length() - 1;
            for (Links.Link link : links) {
                if (link.start() < shown && layout.getBounds(link.start(), Math.min(link.end(), shown) - 1)
                        .contains(x - origin.x, y - origin.y)) {
                    return link;
                }
            }
            return null;
        } finally {
            layout.dispose();
        }
    }

    /** Where the text of the cell starts: where the native text would, centred in the row's height. */
    private Point origin(TableItem item, int column, TextLayout layout) {
        Rectangle cell = item.getBounds(column);
        return new Point(textX(item, column), cell.y + Math.max(0, (cell.height - layout.getBounds().height) / 2));
    }

    private static int textX(TableItem item, int column) {
        return GTK ? item.getBounds(column).x + GTK_TEXT_INSET : item.getTextBounds(column).x;
    }
}
