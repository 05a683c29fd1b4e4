package org.chatroom.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.ui.internal.bridge.StateChange;
import org.chatroom.ui.internal.bridge.Topics;
import org.chatroom.ui.internal.notify.WindowAttention;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.chatroom.ui.internal.theme.ThemeFollower;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The room's message list: what the room says, in batches from the event bridge, with unread state while the
 * window is not focused (marker line, counts for the title and tray, notifications).
 */
public final class MessageListPart {

    private final RowFormatter formatter = new RowFormatter();
    private final StateText stateText = new StateText();
    private final IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(ChatPreferences.NODE);
    private final IPreferenceChangeListener scrollbackListener = this::preferenceChanged;
    private MessageView view;
    private UnreadTracker unread;
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

    @PostConstruct
    void createControls(Composite parent) {
        parent.setLayout(new FillLayout());
        view = new MessageView(parent, ChatPreferences.integer(ChatPreferences.SCROLLBACK),
                () -> launcher == null ? LinkLauncher.SYSTEM : launcher);
        unread = new UnreadTracker(view.table(), count -> broker.post(Topics.UNREAD, count),
                row -> broker.post(Topics.ALERT, row));
        attention = new WindowAttention(parent.getShell(), broker, unread::back);
        unread.awayWhen(attention::away);
        prefs.addPreferenceChangeListener(scrollbackListener);
        ThemeFollower.follow(parent);
    }

    @PreDestroy
    void dispose() {
        prefs.removePreferenceChangeListener(scrollbackListener);
        attention.dispose();
    }

    @Focus
    void setFocus() {
        view.setFocus();
    }

    @Inject
    @Optional
    void events(@UIEventTopic(Topics.EVENTS) List<ChatEvent> events) {
        if (view == null) {
            return;
        }
        String me = client == null ? "" : client.nickname();
        List<MessageRow> rows = new ArrayList<>(events.size());
        List<MessageRow> privates = new ArrayList<>();
        for (ChatEvent event : events) {
            // private messages are shown in their own conversation only; they still count as unread and notify
            (event.kind() == ChatEvent.Kind.PRIVATE ? privates : rows).add(formatter.format(event, me));
        }
        view.append(unread.arriving(rows, privates, formatter.now()));
    }

    @Inject
    @Optional
    void notice(@UIEventTopic(Topics.NOTICE) String text) {
        if (view != null) {
            view.append(List.of(formatter.local(text)));
        }
    }

    @Inject
    @Optional
    void sent(@UIEventTopic(Topics.SENT) String line) {
        if (view != null) {
            view.table().jumpToLatest();
        }
    }

    @Inject
    @Optional
    void leaving(@UIEventTopic(Topics.LEAVING) String why) {
        leaving = true;
        notice(why);
    }

    @Inject
    @Optional
    void state(@UIEventTopic(Topics.STATE) StateChange change) {
        boolean news = change.state() != shownState || !change.detail().isBlank();
        String text = stateText.describe(change);
        boolean expected = leaving && change.state() == ConnectionState.DISCONNECTED && change.detail().isBlank();
        if (view != null && news && !expected && change.state() != ConnectionState.CONNECTING) {
            view.append(List.of(formatter.local(text)));
        }
        leaving = leaving && change.state() != ConnectionState.DISCONNECTED;
        shownState = change.state();
    }

    private void preferenceChanged(IEclipsePreferences.PreferenceChangeEvent event) {
        if (ChatPreferences.SCROLLBACK.equals(event.getKey())) {
            ui.asyncExec(() -> {
                if (view != null) {
                    view.table().resize(ChatPreferences.integer(ChatPreferences.SCROLLBACK));
                }
            });
        }
    }
}
