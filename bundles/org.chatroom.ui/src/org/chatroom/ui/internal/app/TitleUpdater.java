package org.chatroom.ui.internal.app;

import org.chatroom.api.client.ConnectionState;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.bridge.JoinedRoom;
import org.chatroom.ui.internal.bridge.StateChange;
import org.chatroom.ui.internal.bridge.Topics;
import org.chatroom.ui.internal.bridge.UnreadCount;
import org.chatroom.ui.internal.notify.UnreadTitle;
import org.chatroom.ui.internal.prefs.KeptRooms;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;

/**
 * The window title, its only writer: the unread count the room tabs post ({@link Topics#UNREAD}), the product, and
 * the room the client is in (or joining), as in {@code (3, 1 for you) Chatroom - host:port}. A room this program
 * hosts is named as the status line names it, by the first address others connect to ({@link Topics#HOSTING}).
 */
final class TitleUpdater {

    private final IWorkbenchWindowConfigurer window;
    private String room = "";
    /** The first address of the hosted room, empty while not hosting. */
    private String hosted = "";
    private boolean inRoom;
    private UnreadCount unread = UnreadCount.NONE;

    private TitleUpdater(IWorkbenchWindowConfigurer window) {
        this.window = window;
    }

    static void install(IWorkbenchWindowConfigurer window) {
        TitleUpdater updater = new TitleUpdater(window);
        IEventBroker broker = window.getWindow().getService(IEclipseContext.class).get(IEventBroker.class);
        broker.subscribe(Topics.ROOM, event -> updater.room((String) event.getProperty(Topics.DATA)));
        broker.subscribe(Topics.HOSTING, event -> updater.hosting((String) event.getProperty(Topics.DATA)));
        broker.subscribe(Topics.STATE, event -> updater.state((StateChange) event.getProperty(Topics.DATA)));
        broker.subscribe(Topics.UNREAD, event -> updater.unread((UnreadCount) event.getProperty(Topics.DATA)));
        updater.show();
    }

    /** @param key the server's name ({@link KeptRooms#key}), as the handlers post it: its first server is shown */
    private void room(String key) {
        room = KeptRooms.addressOf(key);
        show();
    }

    /** @param where the addresses others connect to, comma separated, as the status line shows them */
    private void hosting(String where) {
        int comma = where.indexOf(',');
        hosted = (comma < 0 ? where : where.substring(0, comma)).strip();
        show();
    }

    private void state(StateChange change) {
        inRoom = change.state() != ConnectionState.DISCONNECTED;
        show();
    }

    private void unread(UnreadCount count) {
        unread = count;
        show();
    }

    private void show() {
        if (window.getWindow().getShell() == null || window.getWindow().getShell().isDisposed()) {
            return;
        }
        // the hosted room's address while the client is in it, not while it is in a remote room (it named the hosted)
        boolean inHosted = window.getWindow().getService(IEclipseContext.class).get(JoinedRoom.class)
                != JoinedRoom.REMOTE;
        window.setTitle(text(!inRoom ? "" : hosted.isEmpty() || !inHosted ? room : hosted, unread));
    }

    /**
     * @return "(3) Chatroom - host:port": the unread count first (it is what a task bar shows when the title is cut),
     *         then the product (scripts find the window by it), then the room; never a trailing space
     */
    static String text(String room, UnreadCount unread) {
        String title = room.isBlank() ? Messages.windowTitle : NLS.bind(Messages.windowTitleRoom, Messages.windowTitle,
                room.strip());
        return UnreadTitle.of(title.strip(), unread);
    }
}
