package org.chatroom.ui.internal.views;

import java.util.List;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.bridge.Topics;
import org.chatroom.ui.internal.rooms.RoomRequests;
import org.chatroom.ui.internal.rooms.RoomTabs;
import org.chatroom.ui.internal.rooms.RoomTexts;
import org.chatroom.ui.internal.theme.LookFollower;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The room's input line. Text that could not be sent stays in the field and the message list says so; nothing
 * typed is lost silently. {@code /help} is answered here, from the list of commands, and so are {@code /ignore} and
 * {@code /unignore}; a {@code /join} of a room the client is in shows its tab without asking the server. From the
 * server's tab (an IRC network's) nothing for a room is sent: it would go to the room typed in last; nor from the tab
 * of a room the client could not join again ({@link Topics#ROOM_OUT}), for the same reason. What is typed and not sent
 * stays with the room's tab it was typed in ({@link Drafts}), also to the next start.
 */
public final class InputPart {

    private InputLine input;
    /** The tab shown is the server's: nothing for a room is sent from it. */
    private boolean serverShown;
    /** The room of the tab shown when the client is not in it ({@link Topics#ROOM_OUT}), else empty. */
    private String roomOut = "";
    /** The key of the draft of the tab shown ({@link Topics#DRAFT_SHOWN}). */
    private String draft = Drafts.ROOM;

    @Inject
    @Optional
    private ChatClient client;

    @Inject
    private IEventBroker broker;

    @PostConstruct
    void createControls(Composite parent) {
        input = new InputLine(parent, Messages.inputHint, new String[] { WidgetIds.INPUT, WidgetIds.SEND },
                this::send, InputPart::said, () -> client == null ? List.of() : client.members());
        input.keepDraft(() -> draft); // typed and not sent when the window closed: there again at the next start
        LookFollower.follow(parent);
    }

    /** A row's Reply to NAME: "NAME: " before what the field holds (once), the cursor at the end. */
    @Inject
    @Optional
    void reply(@UIEventTopic(Topics.REPLY) String name) {
        if (input != null) {
            input.mention(name);
        }
    }

    @Inject
    @Optional
    void serverShown(@UIEventTopic(Topics.SERVER_SHOWN) Boolean server) {
        serverShown = server;
    }

    @Inject
    @Optional
    void roomOut(@UIEventTopic(Topics.ROOM_OUT) String room) {
        roomOut = room;
    }

    /** Another room's tab shown: what was typed stays with the room it was typed in, the line shows this one's. */
    @Inject
    @Optional
    void draftShown(@UIEventTopic(Topics.DRAFT_SHOWN) String key) {
        if (input != null && !key.equals(draft)) {
            input.switchDraft(draft, key);
            draft = key;
        }
    }

    @Focus
    void setFocus() {
        input.setFocus();
    }

    /** A line of a paste, typed to be said as it is: one starting with / takes the clients' escape, //. */
    private static String said(String line) {
        return line.startsWith("/") ? "/" + line : line;
    }

    private boolean send(String line) {
        TypedLine typed = TypedLine.of(line);
        if (typed.is("/help") && typed.bare()) {
            ViewTexts.helpLines().forEach(help -> broker.post(Topics.NOTICE, help));
            return true;
        }
        if (IgnoreCommands.handles(line)) {
            broker.post(Topics.NOTICE, IgnoreCommands.run(line, client == null ? "" : client.nickname()));
            return true;
        }
        if (serverShown && typed.forTheRoomShown()) { // which room? (it went to the room typed in last)
            broker.post(Topics.NOTICE, RoomTexts.serverNotSent);
            return false;
        }
        if (!roomOut.isEmpty() && typed.forTheRoomShown()) { // it went to the room the client typed to before
            broker.post(Topics.NOTICE, NLS.bind(RoomTexts.notInRoomNotSent, roomOut));
            return false;
        }
        if (typed.is("/names") && typed.bare() && client != null) { // shown beside, and said here as asked (it was not)
            List<String> members = client.members().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
            broker.post(Topics.NOTICE, NLS.bind(client.room().isEmpty() ? ViewTexts.namesHere : ViewTexts.namesIn,
                    new Object[] { client.room(), members.size(), String.join(", ", members) }));
            return true;
        }
        if (RoomRequests.handles(line)) { // asked of the room shown, answered in its tab or the search dialog
            broker.send(RoomRequests.TOPIC, line);
            return true;
        }
        if (client != null && RoomTabs.joinsRoomsIn(line, client.rooms())) { // nothing to ask: the tab is shown
            broker.post(Topics.SENT, line);
            return true;
        }
        if (client != null) {
            broker.send(Topics.SENDING, line);
        }
        if (client != null && client.send(line)) {
            broker.post(Topics.SENT, line);
            return true;
        }
        // connected, the client said why (in no room); the line stays where it was typed
        broker.post(Topics.NOTICE, client == null ? Messages.noClient
                : client.state() == ConnectionState.CONNECTED ? Messages.notSentKept : Messages.notSent);
        return false;
    }
}
