package org.chatroom.ui.internal.rooms;

import org.chatroom.api.client.ChatClient;
import org.chatroom.ui.internal.bridge.RoomPasswordRefusal;
import org.chatroom.ui.internal.bridge.Topics;
import org.chatroom.ui.internal.dialogs.PasswordDialog;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.widgets.Shell;

/**
 * When a room the user asked to join refuses for its password (none given, or a wrong one), asks for it and joins
 * with what was typed: a desktop user met only "The room vault needs a password." and had to know to type
 * {@code /join vault PASSWORD}. The client keeps the password while it runs, to join the room again after a drop.
 */
public final class RoomPasswordPrompt {

    private RoomPasswordPrompt() {
    }

    public static void install(IEclipseContext context, Shell shell) {
        IEventBroker broker = context.get(IEventBroker.class);
        broker.subscribe(Topics.ROOM_PASSWORD_REFUSED, event -> {
            ChatClient client = context.get(ChatClient.class);
            if (client == null || shell.isDisposed()) {
                return;
            }
            RoomPasswordRefusal refusal = (RoomPasswordRefusal) event.getProperty(Topics.DATA);
            PasswordDialog.forRoom(shell, refusal.room(), refusal.wrong(),
                    password -> RoomTabs.ask(client, broker, "/join " + refusal.room() + " " + password)).open();
        });
    }
}
