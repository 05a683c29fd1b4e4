package org.chatroom.ui.tests;

import java.io.IOException;
import java.net.ServerSocket;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.room.RoomHost;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/** Setting up and tearing down the chat state the workbench shares between tests. */
final class Chat {

    static final String HOST_COMMAND = "org.chatroom.ui.command.hostRoom";
    static final String STOP_COMMAND = "org.chatroom.ui.command.stopHosting";
    static final String CONNECT_COMMAND = "org.chatroom.ui.command.connect";
    static final String DISCONNECT_COMMAND = "org.chatroom.ui.command.disconnect";

    private Chat() {
    }

    static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    static IEclipsePreferences prefs() {
        return InstanceScope.INSTANCE.getNode(ChatPreferences.NODE);
    }

    /** Hosts a room on a free port as {@code nickname} and waits until joined; @return the port */
    static int host(String nickname) throws IOException {
        int port = freePort();
        prefs().putInt(ChatPreferences.HOSTING_PORT, port);
        prefs().put(ChatPreferences.NICKNAME, nickname);
        Ui.command(HOST_COMMAND);
        ChatClient client = Services.get(ChatClient.class, null);
        Ui.until("joined the hosted room as " + nickname, () -> client.state() == ConnectionState.CONNECTED
                && nickname.equals(client.nickname()), () -> client.state() + " " + client.nickname());
        return port;
    }

    /** Leaves any room, stops hosting and forgets the preferences a test set. */
    static void reset() throws BackingStoreException {
        RoomHost room = Services.get(RoomHost.class, null);
        if (room.status().hosting()) {
            Ui.command(STOP_COMMAND);
            Ui.until("the room to stop", () -> !room.status().hosting() && Ui.hosting().isEmpty(), Ui::hosting);
        }
        ChatClient client = Services.get(ChatClient.class, null);
        client.disconnect();
        Ui.until("the client to be disconnected", () -> client.state() == ConnectionState.DISCONNECTED,
                () -> client.state().toString());
        Ui.spin(200);
        prefs().clear();
        prefs().flush();
    }
}
