package org.chatroom.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.rooms.RoomTabs;
import org.chatroom.ui.internal.views.RoomView;
import org.chatroom.ui.internal.views.ShownLine;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** The room tabs as a user sees them: tab labels, each room's message list, switching tabs. */
final class Rooms {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private Rooms() {
    }

    /** A room name no earlier test used in this run (rooms outlive a test in the room log). */
    static String fresh(String prefix) {
        return prefix + (System.nanoTime() / 1000 % 1_000_000) + NEXT.incrementAndGet();
    }

    /** Creates a room of a fresh name from the input line and waits for its tab: @return its name */
    static String created(String prefix) {
        String room = fresh(prefix);
        Ui.typeAndEnter("/create " + room);
        awaitTab(room);
        return room;
    }

    /** The room a client joins first (the room service's default). */
    static final String DEFAULT = "general";

    /** Hosts a room through the Host Room dialog as {@code name}, with the window focused again after the dialog. */
    static int host(String name) throws java.io.IOException {
        int port = Chat.host(name);
        focusWindow();
        return port;
    }

    /**
     * Waits until the window shows the connection made last as joined to {@code room}: the status line says
     * connected (all that came before, such as the tabs starting afresh for another server, has been shown), and
     * the room's tab shows that it was joined (or resumed) after the previous connection ended (tabs and rows of
     * earlier connections stay and do not count).
     */
    static void awaitJoined(String room) {
        Ui.until("the window to show the connection", () -> Ui.status().startsWith(Messages.stateConnected),
                Ui::status);
        String joined = "Joined the room " + room;
        String back = "Back in " + room + ":"; // the same server again: the room is resumed
        Ui.until("the tab of " + room + " to show it joined", () -> {
            Table table = tableOrNull(room);
            return table != null && Math.max(lastIndex(table, joined), lastIndex(table, back)) > Math.max(
                    lastIndex(table, Messages.stateDisconnected), lastIndex(table, Messages.hostingStopped));
        }, () -> labels() + "\n" + (tableOrNull(room) == null ? "" : last(tableOrNull(room), 8)));
    }

    /** Index of the last row of {@code table} that says {@code text} (as {@link #index}), or -1. */
    static int lastIndex(Table table, String text) {
        for (int i = table.getItemCount() - 1; i >= 0; i--) {
            if (is(table, i, text)) {
                return i;
            }
        }
        return -1;
    }

    /** The user is at the window: it has the focus (an earlier test may have left it elsewhere). */
    static void focusWindow() {
        org.eclipse.swt.widgets.Shell elsewhere = new org.eclipse.swt.widgets.Shell(Ui.display());
        elsewhere.setSize(200, 100);
        elsewhere.open();
        focus(elsewhere);
        focus(Ui.window().getShell());
        elsewhere.dispose();
    }

    private static void focus(org.eclipse.swt.widgets.Shell shell) {
        shell.forceActive();
        Ui.until("the focus on " + shell.getText(), () -> Ui.display().getActiveShell() == shell,
                () -> String.valueOf(Ui.display().getActiveShell()));
    }

    static CTabFolder folder() {
        return Ui.widget(CTabFolder.class, RoomTabs.FOLDER);
    }

    static List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (CTabItem item : folder().getItems()) {
            labels.add(item.getText());
        }
        return labels;
    }

    static CTabItem tab(String room) {
        for (CTabItem item : folder().getItems()) {
            if (item.getText().equals(room) || item.getText().startsWith(room + " (")) {
                return item;
            }
        }
        return null;
    }

    /** Waits for the tab of {@code room} (with or without an unread count). */
    static void awaitTab(String room) {
        Ui.until("a tab " + room, () -> tab(room) != null, () -> labels().toString());
    }

    /** Shows the tab of {@code room} as a click on it does. */
    static void show(String room) {
        CTabFolder folder = folder();
        CTabItem item = tab(room);
        folder.setSelection(item);
        Event event = new Event();
        event.item = item;
        folder.notifyListeners(SWT.Selection, event);
        Ui.spin(20);
    }

    /** Shows the default room's tab, if there is one: tests that name no room read the tab shown. */
    static void showDefault() {
        if (tab(DEFAULT) != null) {
            show(DEFAULT);
        }
    }

    /** The message list of {@code room}'s tab. */
    static Table table(String room) {
        Table[] found = new Table[1];
        Ui.until("the message list of " + room, () -> (found[0] = tableOrNull(room)) != null,
                () -> labels().toString());
        return found[0];
    }

    /** The message list of the first tab, whatever room it shows (none before the first join). */
    static Table firstTable() {
        return find(folder().getItem(0).getControl());
    }

    private static Table tableOrNull(String room) {
        for (CTabItem item : folder().getItems()) {
            if (item.getControl() != null) {
                Table table = find(item.getControl());
                if (table != null && room.equals(table.getData(RoomView.ROOM_KEY))) {
                    return table;
                }
            }
        }
        return null;
    }

    private static Table find(org.eclipse.swt.widgets.Control control) {
        if (control instanceof Table table && WidgetIds.MESSAGES.equals(table.getData(WidgetIds.KEY))) {
            return table;
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                Table found = find(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Index of the first row of {@code table} whose text is {@code text} (or, as a notice, says it), or -1. */
    static int index(Table table, String text) {
        for (int i = 0; i < table.getItemCount(); i++) {
            if (is(table, i, text)) {
                return i;
            }
        }
        return -1;
    }

    /** How many rows say {@code text}. */
    static int count(Table table, String text) {
        int count = 0;
        for (int i = 0; i < table.getItemCount(); i++) {
            count += is(table, i, text) ? 1 : 0;
        }
        return count;
    }

    /**
     * Whether row {@code index} says {@code text}: a message wrapped over several lines of the list is matched whole
     * on its first line (a notice wrapped at a narrow moment of the list was not found on any of its lines).
     */
    private static boolean is(Table table, int index, String text) {
        TableItem item = Ui.filled(table.getItem(index));
        String said = item.getData() instanceof ShownLine line && line.first() && !line.last() ? line.row().text()
                : item.getText(2);
        return said.equals(text) || said.startsWith(text + ".") || said.startsWith(text + " ");
    }

    static void awaitRow(Table table, String text) {
        awaitRow(table, text, Ui.WAIT);
    }

    /** {@link #awaitRow(Table, String)} for at most {@code bound}. */
    static void awaitRow(Table table, String text, java.time.Duration bound) {
        Ui.until("a row '" + text + "'", bound, () -> index(table, text) >= 0, () -> last(table, 8));
    }

    /** The open shell whose data is {@code id} (waits for it). */
    static org.eclipse.swt.widgets.Shell shellWith(String id) {
        org.eclipse.swt.widgets.Shell[] found = new org.eclipse.swt.widgets.Shell[1];
        Ui.until("the dialog " + id, () -> {
            for (org.eclipse.swt.widgets.Shell shell : Ui.display().getShells()) {
                if (!shell.isDisposed() && id.equals(shell.getData(WidgetIds.KEY))) {
                    found[0] = shell;
                    return true;
                }
            }
            return false;
        }, () -> "not open");
        return found[0];
    }

    static String last(Table table, int n) {
        List<String> rows = new ArrayList<>();
        for (int i = Math.max(0, table.getItemCount() - n); i < table.getItemCount(); i++) {
            rows.add(Ui.row(table, i));
        }
        return String.join("\n", rows);
    }
}
