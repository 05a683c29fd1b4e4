package org.chatroom.ui.tests;

import org.chatroom.testing.Services;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.api.client.ChatListener;
import org.chatroom.ui.internal.privates.PrivateArchive;
import org.chatroom.ui.internal.privates.PrivateChats;
import org.chatroom.ui.internal.views.Drafts;
import org.chatroom.ui.internal.views.ShownLine;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.osgi.service.prefs.BackingStoreException;

/** Feeds the views through the real event bridge (the chat client's whiteboard listener), and reads them back. */
final class Feed {

    private Feed() {
    }

    static ChatListener bridge() {
        return Services.require(ChatListener.class, "(component.name=org.chatroom.ui.internal.bridge.ChatEventBridge)");
    }

    static ChatEvent said(String from, String text) {
        return new ChatEvent(Kind.MESSAGE, Instant.now(), from, "", text);
    }

    static void messages(String from, String prefix, int count) {
        List<ChatEvent> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            events.add(said(from, prefix + i));
        }
        bridge().events(events);
    }

    /** Opens the conversation with the member {@code name} as a double click on them does; @return its field */
    static Text openPrivate(String name) {
        Ui.until(name + " in the member list", () -> Members.names().contains(name), () -> Members.names().toString());
        Members.open(name);
        Ui.until("the conversation with " + name, () -> PrivateChats.isOpen(name), () -> "not open");
        return Ui.widget(Text.class, WidgetIds.PRIVATE_INPUT);
    }

    /** Closes the private conversations, and forgets those kept: another test's bob must not show in this one's. */
    static void closePrivates() {
        closeConversations();
        forgetKeptPrivates();
    }

    /** Closes the private conversations as the user closes their tabs: what was kept of them stays. */
    static void closeConversations() {
        IWorkbenchPage page = Ui.window().getActivePage();
        for (IViewReference view : page.getViewReferences()) {
            if (PrivateChats.VIEW.equals(view.getId())) {
                page.hideView(view);
            }
        }
    }

    static void forgetKeptPrivates() {
        try {
            Chat.prefs().node(Drafts.NODE).clear(); // and what was typed in them and not sent
        } catch (BackingStoreException e) {
            throw new AssertionError(e);
        }
        Path folder = PrivateChats.archiveFolder();
        new PrivateArchive(folder).forget();
        if (Files.exists(folder)) {
            throw new AssertionError("the private conversations kept in " + folder + " could not be deleted");
        }
    }

    /** The window's e4 context: what is set there reaches the views' injection. */
    static IEclipseContext windowContext() {
        return Ui.window().getService(IEclipseContext.class);
    }

    /** The text of the list's last message, whole (a message wider than its column takes several lines). */
    static String lastText(Table table) {
        int count = table.getItemCount();
        if (count == 0) {
            return "";
        }
        return text(table.getItem(count - 1));
    }

    /** The texts of the list's messages, whole, oldest first (a message shown on several lines once). */
    static List<String> texts(Table table) {
        return Arrays.stream(table.getItems())
                .filter(item -> !(item.getData() instanceof ShownLine line) || line.first()).map(Feed::text).toList();
    }

    private static String text(TableItem item) {
        return item.getData() instanceof ShownLine line ? line.row().text() : item.getText(2);
    }

    /** Selects the row {@code index} as a click would, telling the table's listeners. */
    static void select(Table table, int... indices) {
        table.setSelection(indices);
        Event event = new Event();
        event.item = table.getItem(indices[0]);
        table.notifyListeners(SWT.Selection, event);
    }

    static void deselect(Table table) {
        table.deselectAll();
        table.notifyListeners(SWT.Selection, new Event());
    }

    /** Whether the newest row is inside the table's visible area. */
    static boolean newestVisible(Table table) {
        int visible = Math.max(1, table.getClientArea().height / Math.max(1, table.getItemHeight()));
        return table.getTopIndex() + visible >= table.getItemCount() - 1;
    }

    /** Chooses the menu item with widget id {@code id}, as a click on it would. */
    static void choose(Menu menu, String id) {
        MenuItem item = item(menu, id);
        if (!item.isEnabled()) {
            throw new AssertionError("menu item " + id + " is disabled");
        }
        item.notifyListeners(SWT.Selection, new Event());
    }

    /** Fires the menu's Show (which updates the items) and returns the item with {@code id}. */
    static MenuItem item(Menu menu, String id) {
        menu.notifyListeners(SWT.Show, new Event());
        for (MenuItem item : menu.getItems()) {
            if (id.equals(item.getData(org.chatroom.ui.internal.views.WidgetIds.KEY))) {
                return item;
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    /** Tells {@code text} a click of the first button on the character at {@code offset} (as its listeners get it). */
    static void clickText(StyledText text, int offset) {
        Point at = text.getLocationAtOffset(offset);
        Event click = new Event();
        click.button = 1;
        click.x = at.x + 2;
        click.y = at.y + text.getLineHeight() / 2;
        text.notifyListeners(SWT.MouseUp, click);
    }
}
