package org.chatroom.ui.internal.views;

import java.util.List;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.room.RoomHost;
import org.chatroom.ui.internal.bridge.JoinedRoom;
import org.chatroom.ui.internal.bridge.StateChange;
import org.chatroom.ui.internal.bridge.Topics;
import org.chatroom.ui.internal.prefs.IgnoredNames;
import org.chatroom.ui.internal.privates.PrivateChats;
import org.chatroom.ui.internal.theme.LookFollower;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.IViewDescriptor;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Who is in the room ({@link MemberList}: sorted by name, in their colours, this user and those ignored marked), as
 * the room last reported it, and how many in the view's title; empty while not connected. While this process
 * hosts the room, the context menu lets the host kick or ban the selected member. A double click, or Private
 * Conversation in the context menu, opens a private conversation with the member (not with this user); private
 * messages open theirs. Ignore (Stop Ignoring) in the context menu hides what the member says ({@code /ignore}).
 */
public final class MembersPart {

    private static final String VIEW_ID = "org.chatroom.ui.view.members";

    private MemberList list;
    private ModerationMenu moderation;
    private RoomHost room;

    @Inject
    @Optional
    private ChatClient client;

    @Inject
    @Optional
    private MPart part;

    /** Which room the client joined last: the one hosted here, or a remote one. */
    @Inject
    @Optional
    private JoinedRoom joined;
    /** The view's own name, which the count follows: "Members (12)". */
    private String title;
    /** The members of the room typing goes to, as last told. */
    private List<String> roomMembers = List.of();
    /** The tab shown is the server's. */
    private boolean serverShown;

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
        // the registry's name, not the part's label: the workbench keeps that label, count included, for the next run
        IViewDescriptor view = PlatformUI.getWorkbench().getViewRegistry().find(VIEW_ID);
        title = part == null || view == null ? null : view.getLabel();
        list = new MemberList(parent, () -> client == null ? "" : client.nickname());
        Table table = list.control();
        table.setData(WidgetIds.KEY, WidgetIds.MEMBERS);
        moderation = new ModerationMenu(list, broker, this::hostedRoomShown);
        moderation.room(room);
        MenuItem talk = new MenuItem(table.getMenu(), SWT.PUSH, 0);
        talk.setText(ViewTexts.menuPrivate);
        talk.setData(WidgetIds.KEY, WidgetIds.OPEN_PRIVATE);
        talk.addListener(SWT.Selection, e -> openPrivate());
        MenuItem ignore = new MenuItem(table.getMenu(), SWT.PUSH, 1);
        ignore.setData(WidgetIds.KEY, WidgetIds.IGNORE);
        ignore.addListener(SWT.Selection, e -> toggleIgnored(broker));
        new MenuItem(table.getMenu(), SWT.SEPARATOR, 2);
        table.getMenu().addListener(SWT.Show, e -> {
            boolean other = list.selected() != null && !list.selfSelected();
            talk.setEnabled(other);
            ignore.setEnabled(other);
            ignore.setText(other && IgnoredNames.ignored(list.selected()) ? ViewTexts.menuUnignore
                    : ViewTexts.menuIgnore);
        });
        table.addListener(SWT.DefaultSelection, e -> openPrivate());
        LookFollower.follow(parent);
        if (client != null) {
            show(client.members());
        }
    }

    /**
     * @return the room whose members the list shows when it is one this process hosts (a remote room's members are
     *         not the host's to kick, even while it hosts a room), else empty
     */
    private String hostedRoomShown() {
        return client == null || joined != JoinedRoom.HOSTED ? "" : client.room();
    }

    /** A conversation with the member selected; none with this user (a double click on the own name opened one). */
    private void openPrivate() {
        if (list.selected() != null && !list.selfSelected()) {
            PrivateChats.open(list.selected(), true);
        }
    }

    /** Ignore, or Stop Ignoring, the member selected; the message list says which. */
    private void toggleIgnored(IEventBroker broker) {
        if (list.selected() != null && !list.selfSelected()) {
            String name = list.selected();
            broker.post(Topics.NOTICE, IgnoredNames.ignored(name) ? IgnoreCommands.unignore(name)
                    : IgnoreCommands.ignore(name, client == null ? "" : client.nickname()));
        }
    }

    @Focus
    void setFocus() {
        list.control().setFocus();
    }

    @Inject
    @Optional
    void members(@UIEventTopic(Topics.MEMBERS) List<String> members) {
        roomMembers = members;
        if (!serverShown) {
            show(members);
        }
    }

    /** The server's tab has no members: the list is empty while it is shown, the room's again after. */
    @Inject
    @Optional
    void serverShown(@UIEventTopic(Topics.SERVER_SHOWN) Boolean server) {
        if (server == serverShown) {
            return; // one room's tab for another: the room's members come from the client, once
        }
        serverShown = server;
        show(server ? List.of() : roomMembers);
    }

    @Inject
    @Optional
    void state(@UIEventTopic(Topics.STATE) StateChange change) {
        if (change.state() != ConnectionState.CONNECTED) {
            roomMembers = List.of();
            show(List.of());
        }
    }

    private void show(List<String> members) {
        if (list != null && !list.control().isDisposed()) {
            list.show(members);
        }
        if (title != null) {
            part.setLabel(members.isEmpty() ? title : NLS.bind(ViewTexts.membersTitle, title, members.size()));
        }
    }
}
