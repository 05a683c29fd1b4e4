package org.chatroom.ui.internal.views;

import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * Links in the message list look like links (drawn by {@link CellText} in the link colour, underlined) and
 * open on a click; the pointer turns into a hand over them. A double click on a row, or Enter, opens the first link
 * of the selected rows.
 */
final class TableLinks {

    private final MessageTable rows;
    private final Table table;
    private final Supplier<LinkLauncher> launcher;
    private final Cursor hand;
    private final CellText cells;
    /** The link the last press of the first button was on, opened when the button is let go on it. */
    private Links.Link pressed;
    /** Whether a click opened a link since the last single press or key: the double click it began opens no more. */
    private boolean clickOpened;

    TableLinks(MessageTable rows, Supplier<LinkLauncher> launcher) {
        this.rows = rows;
        this.table = rows.table();
        this.launcher = launcher;
        this.hand = table.getDisplay().getSystemCursor(SWT.CURSOR_HAND);
        this.cells = new CellText(table, MessageTable.TEXT_COLUMN, rows::linkColour);
        table.addListener(SWT.MouseMove, e -> table.setCursor(linkAt(e.x, e.y) == null ? null : hand));
        table.addListener(SWT.MouseExit, e -> table.setCursor(null));
        table.addListener(SWT.MouseDown, this::press);
        table.addListener(SWT.MouseUp, this::release);
        table.addListener(SWT.KeyDown, e -> clickOpened = false);
        table.addListener(SWT.DefaultSelection, e -> openSelected());
    }

    /** @return the link under the point of the table, or {@code null} */
    private Links.Link linkAt(int x, int y) {
        TableItem item = table.getItem(new Point(x, y));
        return item == null || !item.getBounds(MessageTable.TEXT_COLUMN).contains(x, y) ? null
                : cells.linkAt(item, x, y);
    }

    private void press(Event event) {
        if (event.count == 1) {
            clickOpened = false;
        }
        boolean plainClick = event.count == 1 && event.button == 1 && (event.stateMask & SWT.MODIFIER_MASK) == 0;
        pressed = plainClick ? linkAt(event.x, event.y) : null;
    }

    /** Opens the link pressed and let go on: a drag from it, or a press with Shift or Ctrl to select, opens nothing. */
    private void release(Event event) {
        Links.Link link = event.button == 1 ? linkAt(event.x, event.y) : null;
        if (link != null && link.equals(pressed)) {
            launcher.get().open(link.url());
            clickOpened = true;
        }
        pressed = null;
    }

    /** A double click on a row, or Enter, opens the first link of the selected rows (unless a click just did). */
    private void openSelected() {
        Links.Link link = clickOpened ? null : MessageMenu.firstLink(rows.selected());
        if (link != null) {
            launcher.get().open(link.url());
        }
    }
}
