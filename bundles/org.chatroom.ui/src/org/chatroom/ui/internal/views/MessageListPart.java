package org.chatroom.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.ui.internal.bridge.StateChange;
import org.chatroom.ui.internal.bridge.Topics;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** The message list: what the room says, in batches from the event bridge, shown in a virtual table. */
public final class MessageListPart {

    private final RowFormatter formatter = new RowFormatter();
    private final IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(ChatPreferences.NODE);
    private final IPreferenceChangeListener scrollbackListener = this::preferenceChanged;
    private MessageTable table;
    private ConnectionState shownState = ConnectionState.DISCONNECTED;

    @Inject
    @Optional
    private ChatClient client;

    @Inject
    private UISynchronize ui;

    @PostConstruct
    void createControls(Composite parent) {
        parent.setLayout(new FillLayout());
        table = new MessageTable(parent, ChatPreferences.integer(ChatPreferences.SCROLLBACK));
        prefs.addPreferenceChangeListener(scrollbackListener);
    }

    @PreDestroy
    void dispose() {
        prefs.removePreferenceChangeListener(scrollbackListener);
    }

    @Focus
    void setFocus() {
        table.setFocus();
    }

    @Inject
    @Optional
    void events(@UIEventTopic(Topics.EVENTS) List<ChatEvent> events) {
        if (table == null) {
            return;
        }
        String me = client == null ? "" : client.nickname();
        List<MessageRow> rows = new ArrayList<>(events.size());
        for (ChatEvent event : events) {
            rows.add(formatter.format(event, me));
        }
        table.append(rows);
    }

    @Inject
    @Optional
    void notice(@UIEventTopic(Topics.NOTICE) String text) {
        if (table != null) {
            table.append(List.of(formatter.local(text)));
        }
    }

    @Inject
    @Optional
    void state(@UIEventTopic(Topics.STATE) StateChange change) {
        boolean news = change.state() != shownState || !change.detail().isBlank();
        if (table != null && news && change.state() != ConnectionState.CONNECTING) {
            table.append(List.of(formatter.local(StateText.of(change))));
        }
        shownState = change.state();
    }

    private void preferenceChanged(IEclipsePreferences.PreferenceChangeEvent event) {
        if (ChatPreferences.SCROLLBACK.equals(event.getKey())) {
            ui.asyncExec(() -> {
                if (table != null) {
                    table.resize(ChatPreferences.integer(ChatPreferences.SCROLLBACK));
                }
            });
        }
    }
}
