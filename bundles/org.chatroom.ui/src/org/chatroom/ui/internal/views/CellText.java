package org.chatroom.ui.internal.views;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
 * Draws the text of the message list's cells that GTK cannot: links underlined in the link colour, and an ellipsis
 * where a text is cut. Once a table draws any cell itself, SWT on GTK draws the text of all the others in the
 * table's default colour (the rows' own colours, for what I said, mentions, notices and markers, were lost), so the
 * cells of such rows are drawn here too, and the names given a colour of their own: in the colour and font SWT hands
 * the paint event (the cell's, or the selection's), where GTK would put it. The plain rows' short texts, most of a
 * flood, stay GTK's (each cell drawn here costs a text layout).
 */
final class CellText {

    /** On GTK the text starts this far into a cell's bounds (the renderer's padding); elsewhere at its text bounds. */
    private static final int GTK_TEXT_INSET = 2;
    /** Pixels of a cell its text does not take: the renderer's padding on both sides, and a little room to spare. */
    static final int PADDING = 4 * GTK_TEXT_INSET;
    private static final boolean GTK = "gtk".equals(SWT.getPlatform());
    static final String ELLIPSIS = "\u2026";

    private final Table table;
    private final int linkColumn;
    /** The colour of links outside the selection. */
    private final Function<TableItem, Color> linkColour;
    /** Lays out every cell in turn (UI thread only), made on first use. */
    private TextLayout layout;
    /** The width of an ellipsis in each font rows have (plain, bold, italic). */
    private final Map<Font, Integer> ellipsisWidths = new HashMap<>();
    /** The height of each font rows have, the widest a character is taken to be. */
    private final Map<Font, Integer> ems = new HashMap<>();

    CellText(Table table, int linkColumn, Function<TableItem, Color> linkColour) {
        this.table = table;
        this.linkColumn = linkColumn;
        this.linkColour = linkColour;
        table.addListener(SWT.EraseItem, this::erase);
        table.addListener(SWT.PaintItem, this::paint);
    }

    /** Takes the text of the cells {@link #drawnHere} from GTK; background and selection stay native. */
    private void erase(Event event) {
        if (drawnHere(event)) {
            event.detail &= ~SWT.FOREGROUND;
        }
    }

    /**
     * Whether a cell's text is drawn here: in a row of its own colour (GTK would draw it in the list's), with a link,
     * or maybe too long for its cell (at most one em a character: shorter ones surely fit and are left to GTK, as are
     * the lines the list measured to fit).
     */
    private boolean drawnHere(Event event) {
        TableItem item = (TableItem) event.item;
        if (!(item.getData() instanceof ShownLine line)) {
            return false;
        }
        if (line.row().style() != MessageRow.Style.NORMAL) {
            return true;
        }
        if (event.index != linkColumn) {
            return event.index == RowColours.SENDER_COLUMN && RowColours.senderColoured(item);
        }
        if (line.fits()) {
            return !line.links().isEmpty();
        }
        String text = item.getText(linkColumn);
        Font font = item.getFont(linkColumn);
        int em = ems.computeIfAbsent(font, f -> event.gc.getFontMetrics().getHeight());
        return (long) text.length() * em > event.width - 2 * GTK_TEXT_INSET || !line.links().isEmpty();
    }

    private void paint(Event event) {
        if ((event.detail & SWT.FOREGROUND) != 0) {
            return; // GTK drew it
        }
        TableItem item = (TableItem) event.item;
        // in a selected row in the selection's text colour: a link style without a colour takes the system's link
        // colour, blue on the blue of GTK's selection
        boolean selected = (event.detail & SWT.SELECTED) != 0;
        Rectangle cell = item.getBounds(event.index);
        Color link = selected ? event.gc.getForeground() : linkColour.apply(item);
        TextLayout layout = layout(item, event.index, cell, link);
        Point at = origin(item, event.index, cell, layout);
        layout.draw(event.gc, at.x, at.y); // SWT clips the gc to the column
    }

    /**
     * Lays out the text of a cell as it is drawn (in the gc's colour), its links underlined in {@code links} in the
     * link column; a text wider than its cell ends with an ellipsis where the cell does (the whole text is in the
     * row's tooltip and in the reader).
     *
     * @return the one layout of this list, valid until the next call (a new layout for each of the cells of each
     *         paint doubled the longest stall of the UI thread under a flood)
     */
    private TextLayout layout(TableItem item, int column, Rectangle cell, Color links) {
        String text = item.getText(column);
        Font font = item.getFont(column);
        List<Links.Link> found = column == linkColumn ? links(item) : List.of();
        TextLayout layout = styled(text, text.length(), font, found, links);
        int room = cell.x + cell.width - textX(item, column, cell) - (GTK ? GTK_TEXT_INSET : 0);
        if (layout.getBounds().width <= room) {
            return layout;
        }
        int[] trailing = new int[1];
        int cut = layout.getOffset(Math.max(0, room - ellipsisWidth(font)), 0, trailing);
        return styled(text.substring(0, cut) + ELLIPSIS, cut, font, found, links);
    }

    /** {@code text} in {@code font}, the parts of {@code found} among its first {@code shown} characters underlined. */
    private TextLayout styled(String text, int shown, Font font, List<Links.Link> found, Color links) {
        if (layout == null) {
            layout = new TextLayout(table.getDisplay());
            table.addDisposeListener(e -> layout.dispose());
        }
        layout.setText(text);
        layout.setFont(font);
        if (!text.isEmpty()) {
            layout.setStyle(null, 0, text.length() - 1); // the same text as before keeps its styles otherwise
        }
        for (Links.Link link : found) {
            if (link.start() < shown) {
                TextStyle style = new TextStyle(null, links, null);
                style.underline = true;
                style.underlineStyle = SWT.UNDERLINE_LINK;
                style.underlineColor = links;
                layout.setStyle(style, link.start(), Math.min(link.end(), shown) - 1);
            }
        }
        return layout;
    }

    /** The links on the line of {@code item}, in its offsets (a link broken over lines is on each of its lines). */
    private static List<Links.Link> links(TableItem item) {
        return item.getData() instanceof ShownLine line ? line.links() : List.of();
    }

    private int ellipsisWidth(Font font) {
        return ellipsisWidths.computeIfAbsent(font, f -> {
            TextLayout ellipsis = new TextLayout(table.getDisplay());
            try {
                ellipsis.setText(ELLIPSIS);
                ellipsis.setFont(f);
                return ellipsis.getBounds().width;
            } finally {
                ellipsis.dispose();
            }
        });
    }

    /** @return the link of the link column's cell of {@code item} drawn at the table's point, or {@code null} */
    Links.Link linkAt(TableItem item, int x, int y) {
        List<Links.Link> links = links(item);
        if (links.isEmpty()) {
            return null;
        }
        String text = item.getText(linkColumn);
        Rectangle cell = item.getBounds(linkColumn);
        TextLayout shown = layout(item, linkColumn, cell, null);
        Point origin = origin(item, linkColumn, cell, shown);
        int end = shown.getText().equals(text) ? text.length() : shown.getText().length() - 1;
        for (Links.Link link : links) {
            if (link.start() < end && shown.getBounds(link.start(), Math.min(link.end(), end) - 1)
                    .contains(x - origin.x, y - origin.y)) {
                return link;
            }
        }
        return null;
    }

    /** Where the text of the cell starts: where the native text would, centred in the row's height. */
    private static Point origin(TableItem item, int column, Rectangle cell, TextLayout layout) {
        return new Point(textX(item, column, cell),
                cell.y + Math.max(0, (cell.height - layout.getBounds().height) / 2));
    }

    private static int textX(TableItem item, int column, Rectangle cell) {
        return GTK ? cell.x + GTK_TEXT_INSET : item.getTextBounds(column).x;
    }
}
