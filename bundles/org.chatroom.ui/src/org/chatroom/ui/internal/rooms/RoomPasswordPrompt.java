package org.chatroom.ui.internal.rooms;

import java.util.List;

import org.chatroom.api.client.ChatClient;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.bridge.RoomPasswordRefusal;
import org.chatroom.ui.internal.bridge.Topics;
import org.chatroom.ui.internal.dialogs.PasswordDialog;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * When a room refuses for its password (none given, or a wrong one), joins it with the password kept for it when
 * there is one not tried yet ({@link RoomPasswordKeeper}: the rooms of the last connection come back at start with
 * theirs), else asks for it and joins with what was typed: a desktop user met only "The room vault needs a
 * password." and had to know to type {@code /join vault PASSWORD}. The client keeps the password while it runs, to
 * join the room again after a drop; the desktop keeps it for the next start unless the user says not to.
 */
public final class RoomPasswordPrompt {

    private RoomPasswordPrompt() {
    }

    public static void install(IEclipseContext context, Shell shell) {
        IEventBroker broker = context.get(IEventBroker.class);
        RoomPasswordKeeper keeper = new RoomPasswordKeeper();
        broker.subscribe(Topics.ROOM, event -> keeper.server((String) event.getProperty(Topics.DATA)));
        broker.subscribe(Topics.SENDING, event -> {
            ChatClient client = context.get(ChatClient.class);
            keeper.sending((String) event.getProperty(Topics.DATA), client == null ? List.of() : client.rooms());
        });
        broker.subscribe(Topics.EVENTS, event -> {
            ChatClient client = context.get(ChatClient.class);
            if (client != null) {
                keeper.in(client.rooms());
            }
        });
        broker.subscribe(Topics.ROOM_PASSWORD_REFUSED, event -> {
            ChatClient client = context.get(ChatClient.class);
            if (client == null || shell.isDisposed()) {
                return;
            }
            RoomPasswordRefusal refusal = (RoomPasswordRefusal) event.getProperty(Topics.DATA);
            String room = refusal.room();
            String kept = refusal.wrong() ? "" : keeper.toTry(room);
            if (!kept.isEmpty()) {
                client.send("/join " + room + " " + kept); // not shown as sent: the user typed nothing
                // shown under the room's refusal: the bridge posts this refusal after the events before it
                broker.post(Topics.NOTICE, NLS.bind(Messages.roomPasswordKeptUsed, room));
                return;
            }
            String question = NLS.bind(!refusal.wrong() ? Messages.roomPasswordAsked
                    : keeper.refused(room) ? Messages.roomPasswordKeptWrong : Messages.roomPasswordWrong, room);
            PasswordDialog.forRoom(shell, question, (password, remember) -> {
                if (!remember) {
                    keeper.unkept(room);
                }
                RoomTabs.ask(client, broker, "/join " + room + " " + password);
            }).open();
        });
    }
}
