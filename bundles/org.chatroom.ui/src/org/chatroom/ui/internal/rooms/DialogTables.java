package org.chatroom.ui.internal.rooms;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/** The tables of the room dialogs (search results, the server's rooms): columns of a fixed starting width. */
final class DialogTables {

    private DialogTables() {
    }

    static void column(Table table, String title, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(title);
        column.setWidth(width);
    }
}
