package org.chatroom.ui.internal.prefs;

import java.time.Instant;

import org.chatroom.api.client.ClientSettings;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.bridge.LocalNotice;
import org.chatroom.ui.internal.bridge.Topics;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.osgi.util.NLS;

/**
 * What the window is told as the client starts to connect, by Connect, Host and a change of the preferences alike:
 * whose rooms come next (another server's start afresh), then the first line of the tab, "Connecting to
 * 127.0.0.1:53000 as ada...".
 */
public final class ConnectingNotice {

    private ConnectingNotice() {
    }

    /** @param server the server's key ({@link KeptRooms#key}) */
    public static void post(IEventBroker broker, String server, ClientSettings settings) {
        broker.post(Topics.ROOM, server);
        broker.post(Topics.NOTICE, new LocalNotice(Instant.now(), NLS.bind(Messages.connectingTo,
                KeptRooms.address(settings.host(), settings.port()), settings.nickname())));
    }
}
