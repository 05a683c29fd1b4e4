package org.chatroom.ui.internal.rooms;

import org.chatroom.api.client.ChatClient;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Chat > Join Room... (Ctrl+J): picks a room of the server's list, or takes its name ({@code /join}; {@code /create}
 * for a name the list does not have); its tab opens when the room answers. Offered while connected.
 */
public final class JoinRoomHandler {

    @CanExecute
    public boolean canExecute(@Optional ChatClient client) {
        return RoomNameHandler.connected(client);
    }

    @Execute
    public void execute(ChatClient client, IWorkbenchWindow window, IEventBroker broker) {
        new JoinRoomDialog(window.getShell(), client, broker, line -> RoomTabs.ask(client, broker, line)).open();
    }
}
