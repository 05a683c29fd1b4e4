package org.chatroom.ui.internal.prefs;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.room.RoomHost;
import org.chatroom.ui.internal.bridge.Topics;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.osgi.util.NLS;
import org.chatroom.ui.internal.Messages;
import org.eclipse.ui.IWorkbench;

/** Applies changed connection preferences at once: a client joined to a remote room reconnects with them. */
final class SettingsApplier {

    private final IEclipseContext context;

    SettingsApplier(IWorkbench workbench) {
        this.context = workbench.getService(IEclipseContext.class);
    }

    void reconnectIfJoined() {
        ChatClient client = context.get(ChatClient.class);
        RoomHost room = context.get(RoomHost.class);
        boolean hosting = room != null && room.status().hosting();
        if (client == null || hosting || client.state() == ConnectionState.DISCONNECTED) {
            return;
        }
        IEventBroker broker = context.get(IEventBroker.class);
        try {
            var settings = ChatPreferences.remoteRoom();
            broker.post(Topics.ROOM, settings.host() + "_" + settings.port());
            client.connect(settings);
        } catch (IllegalArgumentException e) {
            broker.post(Topics.NOTICE, NLS.bind(Messages.invalidSettings, e.getMessage()));
        }
    }
}
