package org.chatroom.ui.internal.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/** Context menu items of the chat views, each with a widget id for tests and tools. */
final class MenuItems {

    private MenuItems() {
    }

    static MenuItem push(Menu menu, String text, String id, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.setData(WidgetIds.KEY, id);
        item.addListener(SWT.Selection, e -> action.run());
        return item;
    }
}
