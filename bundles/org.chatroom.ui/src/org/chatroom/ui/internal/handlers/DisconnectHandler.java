package org.chatroom.ui.internal.handlers;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.bridge.Topics;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;

/** Leaves the room and stops reconnecting; a room this process hosts keeps running. */
public final class DisconnectHandler {

    @CanExecute
    public boolean canExecute(@Optional ChatClient client) {
        return client != null && client.state() != ConnectionState.DISCONNECTED;
    }

    @Execute
    public void execute(@Optional ChatClient client, IEventBroker broker) {
        if (client == null) {
            broker.post(Topics.NOTICE, Messages.noClient);
            return;
        }
        client.disconnect();
    }
}
