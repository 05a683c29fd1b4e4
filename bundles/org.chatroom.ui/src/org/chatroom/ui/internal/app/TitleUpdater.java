package org.chatroom.ui.internal.app;

import org.chatroom.api.client.ConnectionState;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.bridge.StateChange;
import org.chatroom.ui.internal.bridge.Topics;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;

/** The window title: the product, the room the client is in (or joining), and the unread count posted by the views. */
final class TitleUpdater {

    private final IWorkbenchWindowConfigurer window;
    private String room = "";
    private boolean inRoom;
    private Unread unread = Unread.NONE;

    private TitleUpdater(IWorkbenchWindowConfigurer window) {
        this.window = window;
    }

    static void install(IWorkbenchWindowConfigurer window) {
        TitleUpdater updater = new TitleUpdater(window);
        IEventBroker broker = window.getWindow().getService(IEclipseContext.class).get(IEventBroker.class);
        broker.subscribe(Topics.ROOM, event -> updater.room((String) event.getProperty(Topics.DATA)));
        broker.subscribe(Topics.STATE, event -> updater.state((StateChange) event.getProperty(Topics.DATA)));
        broker.subscribe(Unread.TOPIC, event -> updater.unread((Unread) event.getProperty(Topics.DATA)));
        updater.show();
    }

    /** @param key {@code host_port}, as the handlers post it */
    private void room(String key) {
        int split = key.lastIndexOf('_');
        room = split < 0 ? key : key.substring(0, split) + ":" + key.substring(split + 1);
        show();
    }

    private void state(StateChange change) {
        inRoom = change.state() != ConnectionState.DISCONNECTED;
        if (!inRoom) {
            unread = Unread.NONE;
        }
        show();
    }

    private void unread(Unread count) {
        unread = count;
        show();
    }

    private void show() {
        if (window.getWindow().getShell() == null || window.getWindow().getShell().isDisposed()) {
            return;
        }
        window.setTitle(text(inRoom ? room : "", unread));
    }

    /**
     * @return "Chatroom (3) - host:port": the product first (scripts and task bars find the window by it), then the
     *         unread count, then the room; never a trailing space
     */
    static String text(String room, Unread unread) {
        String title = Messages.windowTitle;
        if (unread.messages() > 0) {
            String count = unread.mentions() > 0
                    ? NLS.bind(Messages.windowTitleMentions, unread.messages(), unread.mentions())
                    : String.valueOf(unread.messages());
            title = NLS.bind(Messages.windowTitleUnread, title, count);
        }
        return (room.isBlank() ? title : NLS.bind(Messages.windowTitleRoom, title, room.strip())).strip();
    }
}
