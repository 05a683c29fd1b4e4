package org.chatroom.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** The members view's list, as the tests read and use it (UI thread). */
final class Members {

    private Members() {
    }

    static Table table() {
        return Ui.widget(Table.class, WidgetIds.MEMBERS);
    }

    static Menu menu() {
        return table().getMenu();
    }

    /** @return the members' names, in the list's order */
    static List<String> names() {
        List<String> names = new ArrayList<>();
        for (TableItem item : table().getItems()) {
            item.getText(); // fills the virtual row
            names.add((String) item.getData());
        }
        return names;
    }

    /** @return the rows as shown ("ada (you)") */
    static List<String> shown() {
        List<String> shown = new ArrayList<>();
        for (TableItem item : table().getItems()) {
            shown.add(item.getText());
        }
        return shown;
    }

    /** @return the row of {@code name}, its text filled */
    static TableItem item(String name) {
        return table().getItem(names().indexOf(name));
    }

    /** Selects {@code name}, who must be listed. */
    static void select(String name) {
        int index = names().indexOf(name);
        if (index < 0) {
            throw new AssertionError(name + " is not listed: " + names());
        }
        table().setSelection(index);
    }

    /** A double click on {@code name}. */
    static void open(String name) {
        select(name);
        table().notifyListeners(SWT.DefaultSelection, new Event());
    }
}
