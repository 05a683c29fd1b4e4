package org.chatroom.ui.internal.handlers;

import java.time.Instant;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.bridge.JoinedRoom;
import org.chatroom.ui.internal.bridge.LocalNotice;
import org.chatroom.ui.internal.bridge.Topics;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.osgi.util.NLS;

/**
 * Connects to the room of the preferences; the client works in the background and reports its state. Offered only
 * while the client is in no room (not connected, connecting or reconnecting, to a remote room or the one hosted
 * here): it never silently leaves and rejoins.
 */
public final class ConnectHandler {

    @CanExecute
    public boolean canExecute(@Optional ChatClient client) {
        return client != null && client.state() == ConnectionState.DISCONNECTED;
    }

    @Execute
    public void execute(@Optional ChatClient client, IEventBroker broker, MApplication app) {
        if (client == null) {
            broker.post(Topics.NOTICE, Messages.noClient);
            return;
        }
        ClientSettings settings;
        try {
            settings = ChatPreferences.remoteRoom();
        } catch (IllegalArgumentException e) {
            broker.post(Topics.NOTICE, NLS.bind(Messages.invalidSettings, e.getMessage()));
            return;
        }
        connect(client, broker, app, settings);
    }

    /** Connects to the remote room with {@code settings} (also after the user gave its password when asked). */
    public static void connect(ChatClient client, IEventBroker broker, MApplication app, ClientSettings settings) {
        app.getContext().set(JoinedRoom.class, JoinedRoom.REMOTE);
        broker.post(Topics.ROOM, settings.host() + "_" + settings.port());
        broker.post(Topics.NOTICE, new LocalNotice(Instant.now(), NLS.bind(Messages.connectingTo,
                new Object[] { settings.host(), String.valueOf(settings.port()), settings.nickname() })));
        client.connect(settings);
    }
}
