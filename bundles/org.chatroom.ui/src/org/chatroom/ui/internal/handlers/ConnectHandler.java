package org.chatroom.ui.internal.handlers;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.room.RoomHost;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.bridge.JoinedRoom;
import org.chatroom.ui.internal.bridge.Topics;
import org.chatroom.ui.internal.prefs.ChatPreferencePage;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.chatroom.ui.internal.prefs.ConnectingNotice;
import org.chatroom.ui.internal.prefs.KeptRooms;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.dialogs.PreferencesUtil;

/**
 * Connects to the room of the preferences; the client works in the background and reports its state. The first
 * time, before any room was chosen, it asks where the room is (the preference page) and connects once that is
 * confirmed; a room hosted here, while no remote room was chosen, is joined again instead (the one room known).
 * Offered only while the client is in no room (not connected or connecting, to a remote room or the one hosted
 * here): it never silently leaves and rejoins. While the client waits to reconnect after a loss, it tries at once,
 * to the same server, resuming its rooms: the wait grows to 30 s, and the user who knows the server is back (or
 * the network) need not sit it out.
 */
public final class ConnectHandler {

    @CanExecute
    public boolean canExecute(@Optional ChatClient client) {
        return client != null && (client.state() == ConnectionState.DISCONNECTED
                || client.state() == ConnectionState.RECONNECTING);
    }

    @Execute
    public void execute(@Optional ChatClient client, @Optional RoomHost room, @Optional JoinedRoom joined,
            IEventBroker broker, MApplication app, IWorkbenchWindow window) {
        if (client == null) {
            broker.post(Topics.NOTICE, Messages.noClient);
            return;
        }
        if (client.state() == ConnectionState.RECONNECTING && joined == JoinedRoom.HOSTED) {
            if (room != null && room.status().hosting()) {
                connectHosted(client, broker, app, room.status().address().getPort());
            } else {
                broker.post(Topics.NOTICE, Messages.connectNotHosting);
            }
            return;
        }
        if (client.state() == ConnectionState.RECONNECTING && joined == JoinedRoom.REMOTE) {
            connectAsSet(client, broker, app);
            return;
        }
        if (!ChatPreferences.remoteRoomChosen() && room != null && room.status().hosting()) {
            connectHosted(client, broker, app, room.status().address().getPort());
            return;
        }
        if (!ChatPreferences.remoteRoomChosen()) {
            askWhere(window, () -> {
                if (ChatPreferences.remoteRoomChosen() && client.state() == ConnectionState.DISCONNECTED) {
                    connectAsSet(client, broker, app);
                }
            });
            return;
        }
        connectAsSet(client, broker, app);
    }

    /**
     * Opens the preference page with the question where the room is; {@code chosen} runs when the user confirms it.
     * Not blocking: the workbench keeps running its loop.
     */
    private static void askWhere(IWorkbenchWindow window, Runnable chosen) {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(window.getShell(), ChatPreferencePage.ID,
                null, Messages.connectWhere); // every page, as Preferences shows them (it read "Preferences (Filtered)")
        dialog.setBlockOnOpen(false);
        dialog.open();
        if (dialog.getSelectedPage() instanceof ChatPreferencePage page) {
            page.focusRoomHost(); // the dialog gave its filter field the focus as it opened
        }
        dialog.getShell().addDisposeListener(e -> {
            if (dialog.getReturnCode() == Window.OK) {
                chosen.run();
            }
        });
    }

    private static void connectAsSet(ChatClient client, IEventBroker broker, MApplication app) {
        ClientSettings settings;
        try {
            settings = ChatPreferences.remoteRoom();
        } catch (IllegalArgumentException e) {
            broker.post(Topics.NOTICE, NLS.bind(Messages.invalidSettings, e.getMessage()));
            return;
        }
        connect(client, broker, app, settings);
    }

    /** Joins the room hosted here again (the user left it with Disconnect): the one room known, none chosen. */
    private static void connectHosted(ChatClient client, IEventBroker broker, MApplication app, int port) {
        ClientSettings settings;
        try {
            settings = ChatPreferences.hostedRoom(port);
        } catch (IllegalArgumentException e) {
            broker.post(Topics.NOTICE, NLS.bind(Messages.invalidSettings, e.getMessage()));
            return;
        }
        start(client, broker, app, settings, JoinedRoom.HOSTED, KeptRooms.key("localhost", port));
    }

    /** Connects to the remote room with {@code settings} (also after the user gave its password when asked). */
    public static void connect(ChatClient client, IEventBroker broker, MApplication app, ClientSettings settings) {
        start(client, broker, app, settings, JoinedRoom.REMOTE, KeptRooms.key(settings.host(), settings.port()));
    }

    private static void start(ChatClient client, IEventBroker broker, MApplication app, ClientSettings settings,
            JoinedRoom joined, String server) {
        app.getContext().set(JoinedRoom.class, joined);
        ConnectingNotice.post(broker, server, settings);
        client.connect(settings);
    }
}
