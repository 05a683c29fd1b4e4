package org.chatroom.ui.internal.views;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * The message list's context menu: Copy the selected rows (with time and sender) or their Text alone, Open Link of
 * the selection, Jump to Latest.
 */
final class MessageMenu {

    MessageMenu(MessageTable table, Supplier<LinkLauncher> launcher) {
        Menu menu = new Menu(table.table());
        MenuItem copy = MenuItems.push(menu, ViewTexts.menuCopy, WidgetIds.COPY,
                () -> RowCopy.copy(table.table(), table.selected()));
        MenuItem copyText = MenuItems.push(menu, ViewTexts.menuCopyText, WidgetIds.COPY_TEXT,
                () -> RowCopy.copyText(table.table(), table.selected()));
        MenuItem open = MenuItems.push(menu, ViewTexts.menuOpenLink, WidgetIds.OPEN_LINK, () -> {
            Links.Link link = firstLink(table.selected());
            if (link != null) {
                launcher.get().open(link.url());
            }
        });
        MenuItems.push(menu, ViewTexts.menuJump, WidgetIds.JUMP_MENU, table::jumpToLatest);
        menu.addListener(SWT.Show, e -> {
            List<MessageRow> selected = table.selected();
            copy.setEnabled(!selected.isEmpty());
            copyText.setEnabled(!selected.isEmpty());
            open.setEnabled(firstLink(selected) != null);
        });
        table.table().setMenu(menu);
    }

    static Links.Link firstLink(List<MessageRow> rows) {
        for (MessageRow row : rows) {
            List<Links.Link> links = Links.find(row.text());
            if (!links.isEmpty()) {
                return links.get(0);
            }
        }
        return null;
    }

}
