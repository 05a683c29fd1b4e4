package org.chatroom.ui.internal.views;

import java.util.List;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.room.RoomHost;
import org.chatroom.ui.internal.bridge.StateChange;
import org.chatroom.ui.internal.bridge.Topics;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Who is in the room, sorted by name, as the room last reported it; empty while not connected. While this process
 * hosts the room, the context menu lets the host kick or ban the selected member.
 */
public final class MembersPart {

    private org.eclipse.swt.widgets.List list;
    private ModerationMenu moderation;
    private RoomHost room;

    @Inject
    @Optional
    private ChatClient client;

    @Inject
    @Optional
    void room(RoomHost newRoom) {
        this.room = newRoom;
        if (moderation != null) {
            moderation.room(newRoom);
        }
    }

    /** The host's moderation menu (package visible for tests). */
    ModerationMenu moderation() {
        return moderation;
    }

    @PostConstruct
    void createControls(Composite parent, IEventBroker broker) {
        parent.setLayout(new FillLayout());
        list = new org.eclipse.swt.widgets.List(parent, SWT.SINGLE | SWT.V_SCROLL);
        list.setData(WidgetIds.KEY, WidgetIds.MEMBERS);
        moderation = new ModerationMenu(list, broker);
        moderation.room(room);
        if (client != null) {
            show(client.members());
        }
    }

    @Focus
    void setFocus() {
        list.setFocus();
    }

    @Inject
    @Optional
    void members(@UIEventTopic(Topics.MEMBERS) List<String> members) {
        show(members);
    }

    @Inject
    @Optional
    void state(@UIEventTopic(Topics.STATE) StateChange change) {
        if (change.state() != ConnectionState.CONNECTED) {
            show(List.of());
        }
    }

    private void show(List<String> members) {
        if (list != null && !list.isDisposed()) {
            list.setItems(members.stream().sorted(String.CASE_INSENSITIVE_ORDER).toArray(String[]::new));
        }
    }
}
