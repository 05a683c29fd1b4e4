package org.chatroom.ui.internal.rooms;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ConnectionState;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

/** Chat > Leave Room: leaves the room shown ({@code /part}); its tab closes when the room confirms. */
public final class LeaveRoomHandler {

    @CanExecute
    public boolean canExecute(@Optional ChatClient client) {
        return client != null && client.state() == ConnectionState.CONNECTED && !client.room().isEmpty();
    }

    @Execute
    public void execute(ChatClient client) {
        client.send("/part " + client.room());
    }
}
