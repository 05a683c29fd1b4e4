package org.chatroom.ui.internal.views;

import java.util.List;

import org.chatroom.ui.internal.Messages;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * A virtual table over a bounded {@link Scrollback}: only visible rows are materialised, so 100,000 rows cost no
 * more than 30. Follows new rows while the user is at the bottom, keeps the position while they read older ones.
 */
final class MessageTable {

    private final Table table;
    private final Scrollback rows;
    private final Color mentionBackground;
    /** Whether new rows scroll into view: true until the user scrolls away from the bottom. */
    private boolean follow = true;

    MessageTable(Composite parent, int capacity) {
        rows = new Scrollback(capacity);
        Composite holder = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        table = new Table(holder, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setData(WidgetIds.KEY, WidgetIds.MESSAGES);
        layout.setColumnData(column(Messages.columnTime), new ColumnPixelData(80, true));
        layout.setColumnData(column(Messages.columnFrom), new ColumnPixelData(120, true));
        layout.setColumnData(column(Messages.columnMessage), new ColumnWeightData(100, 200));
        table.addListener(SWT.SetData, this::fill);
        // The widget's top index lags behind scrolling it (GTK scrolls when idle), so whether to follow is
        // decided when the user scrolls, never from the index while rows pour in.
        table.addListener(SWT.MouseWheel, e -> recheckFollow());
        table.addListener(SWT.KeyDown, e -> recheckFollow());
        table.getVerticalBar().addListener(SWT.Selection, e -> {
            if (e.detail != SWT.NONE) {
                recheckFollow();
            }
        });
        mentionBackground = new Color(255, 244, 196);
    }

    private TableColumn column(String title) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(title);
        return column;
    }

    void append(List<MessageRow> added) {
        if (added.isEmpty() || table.isDisposed()) {
            return;
        }
        int top = table.getTopIndex();
        int dropped = rows.addAll(added);
        table.setItemCount(rows.size());
        if (dropped > 0) {
            table.clearAll();
        }
        if (follow) {
            table.setTopIndex(rows.size() - 1);
        } else if (dropped > 0) {
            table.setTopIndex(Math.max(0, top - dropped));
        }
    }

    void resize(int capacity) {
        if (!table.isDisposed() && capacity != rows.capacity() && rows.resize(capacity) > 0) {
            table.setItemCount(rows.size());
            table.clearAll();
        }
    }

    void setFocus() {
        table.setFocus();
    }

    private void recheckFollow() {
        table.getDisplay().asyncExec(() -> {
            if (!table.isDisposed()) {
                int itemHeight = Math.max(1, table.getItemHeight());
                int visible = Math.max(1, table.getClientArea().height / itemHeight);
                follow = table.getTopIndex() + visible >= rows.size() - 1;
            }
        });
    }

    private void fill(Event event) {
        TableItem item = (TableItem) event.item;
        MessageRow row = rows.get(event.index);
        item.setText(new String[] { row.time(), row.from(), row.text() });
        Display display = item.getDisplay();
        item.setForeground(null); // rows move when old ones drop: reset what another row may have left
        item.setBackground(null);
        item.setFont(null);
        switch (row.style()) {
            case OWN -> item.setForeground(display.getSystemColor(SWT.COLOR_DARK_BLUE));
            case MENTION -> {
                item.setBackground(mentionBackground);
                item.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
            }
            case PRIVATE -> item.setForeground(display.getSystemColor(SWT.COLOR_DARK_MAGENTA));
            case NOTICE -> {
                item.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
                item.setFont(JFaceResources.getFontRegistry().getItalic(JFaceResources.DEFAULT_FONT));
            }
            case ERROR -> item.setForeground(display.getSystemColor(SWT.COLOR_DARK_RED));
            case NORMAL -> {
                // default colours
            }
        }
    }
}
