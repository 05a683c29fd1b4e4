package org.chatroom.ui.internal.views;

import java.util.List;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.ui.internal.bridge.LocalNotice;
import org.chatroom.ui.internal.bridge.StateChange;
import org.chatroom.ui.internal.bridge.Topics;
import org.chatroom.ui.internal.notify.WindowAttention;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.chatroom.ui.internal.prefs.KeptRooms;
import org.chatroom.ui.internal.privates.PrivateChats;
import org.chatroom.ui.internal.privates.PrivateRouter;
import org.chatroom.ui.internal.rooms.RoomSwitch;
import org.chatroom.ui.internal.rooms.RoomTabs;
import org.chatroom.ui.internal.theme.LookFollower;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The rooms' message lists, one tab per room ({@link RoomTabs}): what the rooms say, in batches from the event
 * bridge, with unread state while the window is not focused or the room not shown (marker line, counts for the
 * tab, title and tray, notifications); the rooms the client is in are kept for its next connection there
 * ({@link KeptRooms}).
 */
public final class MessageListPart {

    private final RowFormatter formatter = new RowFormatter();
    private final StateText stateText = new StateText();
    private final RetryRows retries = new RetryRows();
    private final KeptRooms kept = new KeptRooms();
    private final IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(ChatPreferences.NODE);
    private final IPreferenceChangeListener scrollbackListener = this::preferenceChanged;
    private RoomTabs rooms;
    private WindowAttention attention;
    private ConnectionState shownState = ConnectionState.DISCONNECTED;
    /** The client is leaving for a reason already shown ({@link Topics#LEAVING}): no second line for it. */
    private boolean leaving;

    @Inject
    @Optional
    private ChatClient client;

    @Inject
    @Optional
    private LinkLauncher launcher;

    @Inject
    private UISynchronize ui;

    @Inject
    private IEventBroker broker;

    @Inject
    private MApplication app;
    /** Hands private messages to their conversations, for all the views (the member list did before). */
    private PrivateRouter router;

    @PostConstruct
    void createControls(Composite parent) {
        parent.setLayout(new FillLayout());
        attention = new WindowAttention(parent.getShell(), broker, () -> rooms.back());
        rooms = new RoomTabs(parent, ChatPreferences.integer(ChatPreferences.SCROLLBACK), () -> client,
                () -> launcher == null ? LinkLauncher.SYSTEM : launcher, attention::away, broker);
        rooms.tabCount(count -> app.getContext().set(RoomSwitch.TABS, count)); // what View > Next Room goes by
        rooms.shownRoom(this::roomShown);
        parent.addDisposeListener(e -> kept.reads(rooms.readPoints())); // for the next start: what was new
        prefs.addPreferenceChangeListener(scrollbackListener);
        LookFollower.follow(parent);
        router = new PrivateRouter(broker, () -> client == null ? "" : client.nickname());
    }

    @PreDestroy
    void dispose() {
        prefs.removePreferenceChangeListener(scrollbackListener);
        attention.dispose();
    }

    @Focus
    void setFocus() {
        rooms.shown().setFocus();
    }

    @Inject
    @Optional
    void events(@UIEventTopic(Topics.EVENTS) List<ChatEvent> events) {
        if (rooms != null) {
            // the conversations first: a notice that one opened stands among the rooms' events where it happened
            rooms.events(router.route(events), client == null ? "" : client.nickname());
        }
        kept.follow(client);
    }

    @Inject
    @Optional
    void notice(@UIEventTopic(Topics.NOTICE) Object notice) {
        if (rooms != null) {
            MessageRow row = notice instanceof LocalNotice stamped ? formatter.local(stamped.text(), stamped.time())
                    : formatter.local(String.valueOf(notice));
            rooms.shown().notice(row);
        }
    }

    /** Shown in the tab shown until a room is joined, then removed: they help only until then. */
    @Inject
    @Optional
    void startHint(@UIEventTopic(Topics.START_HINT) List<String> lines) {
        if (rooms != null) {
            rooms.shown().hint(lines.stream().map(formatter::local).toList());
        }
    }

    @Inject
    @Optional
    void sent(@UIEventTopic(Topics.SENT) String line) {
        if (rooms != null) {
            rooms.shown().jumpToLatest();
        }
    }

    @Inject
    @Optional
    void leaving(@UIEventTopic(Topics.LEAVING) String why) {
        leaving = true;
        notice(why);
    }

    /**
     * A row for a change of the connection worth telling in the list: not connecting, and not connected (the client
     * says whom it joined as, the status line says connected), not the plain disconnect after a reason shown, and of a
     * long outage's retries only some ({@link RetryRows}).
     */
    @Inject
    @Optional
    void state(@UIEventTopic(Topics.STATE) StateChange change) {
        boolean news = change.state() != shownState || !change.detail().isBlank();
        String text = retries.row(change, stateText.describe(change));
        boolean expected = leaving && change.state() == ConnectionState.DISCONNECTED && change.detail().isBlank();
        boolean said = change.state() == ConnectionState.CONNECTING
                || change.state() == ConnectionState.CONNECTED && change.detail().isBlank();
        if (rooms != null && news && !expected && !said && text != null) {
            rooms.everywhere(formatter.local(text), change.state());
        }
        leaving = leaving && change.state() != ConnectionState.DISCONNECTED;
        shownState = change.state();
    }

    /**
     * A server is about to be joined (Connect, Host Room): the tabs start afresh for another server, and its private
     * conversations close (a line typed in one went to whoever has that name on the new server); for the one they
     * show they stay as they are, and the rooms joined again add only what the tabs do not show yet.
     */
    @Inject
    @Optional
    void newRoom(@UIEventTopic(Topics.ROOM) String key) {
        if (!key.equals(kept.server())) { // the server the tabs show
            if (rooms != null) {
                kept.reads(rooms.readPoints()); // of the server the tabs showed
                rooms.newServer();
                rooms.readBefore(KeptRooms.readsOf(key));
                String last = KeptRooms.shownOf(key); // where the user was when the desktop quit
                if (!last.isEmpty()) {
                    rooms.showWhenJoined(last);
                }
            }
            PrivateChats.closeAll();
        }
        kept.server(key);
        PrivateChats.server(key);
    }

    /** The room shown is shown again at the next start; the input line shows its draft. */
    private void roomShown(String room) {
        if (!room.isEmpty()) {
            kept.shown(room);
        }
        broker.send(Topics.DRAFT_SHOWN, Drafts.room(kept.server(), room));
    }

    private void preferenceChanged(IEclipsePreferences.PreferenceChangeEvent event) {
        if (ChatPreferences.SCROLLBACK.equals(event.getKey())) {
            ui.asyncExec(() -> {
                if (rooms != null) {
                    rooms.all().forEach(room -> room.resize(ChatPreferences.integer(ChatPreferences.SCROLLBACK)));
                }
            });
        }
    }
}
