package org.chatroom.ui.internal.rooms;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * The tables of the room dialogs (search results, the server's rooms): headers in the table's own text colour, and
 * columns of a fixed starting width.
 */
final class DialogTables {

    private DialogTables() {
    }

    /**
     * Shows the headers of {@code table} in its text colour: GTK's own (Adwaita) drew them grey in the light theme, as
     * if the list were disabled; the message list's headers take the theme's colour already.
     */
    static void headers(Table table) {
        table.setHeaderVisible(true);
        table.setHeaderForeground(table.getForeground());
    }

    static void column(Table table, String title, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(title);
        column.setWidth(width);
    }
}
