package org.chatroom.ui.internal.prefs;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.room.RoomHost;
import org.chatroom.api.room.RoomStatus;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.bridge.JoinedRoom;
import org.chatroom.ui.internal.bridge.Topics;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbench;

/**
 * Applies changed connection preferences at once: a client in the room of the preferences reconnects with them; a
 * client in the room hosted here rejoins it under the new name.
 */
final class SettingsApplier {

    private final IEclipseContext context;

    SettingsApplier(IWorkbench workbench) {
        this.context = workbench.getService(IEclipseContext.class);
    }

    void reconnectIfJoined() {
        ChatClient client = context.get(ChatClient.class);
        JoinedRoom joined = context.get(JoinedRoom.class);
        if (client == null || joined == null || client.state() == ConnectionState.DISCONNECTED) {
            return;
        }
        IEventBroker broker = context.get(IEventBroker.class);
        try {
            ClientSettings settings;
            if (joined == JoinedRoom.REMOTE) {
                settings = ChatPreferences.remoteRoom();
                // the first line of the tab, as for Connect (another server's tab started without saying which)
                ConnectingNotice.post(broker, KeptRooms.key(settings.host(), settings.port()), settings);
            } else {
                RoomHost room = context.get(RoomHost.class);
                RoomStatus status = room == null ? RoomStatus.STOPPED : room.status();
                if (!status.hosting()) {
                    return;
                }
                settings = ChatPreferences.hostedRoom(status.address().getPort());
            }
            client.connect(settings);
        } catch (IllegalArgumentException e) {
            broker.post(Topics.NOTICE, NLS.bind(Messages.invalidSettings, e.getMessage()));
        }
    }
}
