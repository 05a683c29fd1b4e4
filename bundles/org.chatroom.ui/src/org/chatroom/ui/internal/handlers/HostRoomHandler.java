package org.chatroom.ui.internal.handlers;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.room.RoomHost;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.bridge.Topics;
import org.chatroom.ui.internal.dialogs.HostRoomDialog;
import org.chatroom.ui.internal.prefs.HostChoice;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Opens the Host Room dialog (port, interfaces, password, TLS, IRC, the addresses to share); OK hosts the room with
 * that choice and joins it. Offered only while the client is in no room and no dialog of it is open.
 */
public final class HostRoomHandler {

    private HostRoomDialog open;

    @CanExecute
    public boolean canExecute(@Optional RoomHost room, @Optional ChatClient client) {
        return open == null && (room == null || !room.status().hosting())
                && (client == null || client.state() == ConnectionState.DISCONNECTED);
    }

    @Execute
    public void execute(@Optional ChatClient client, @Optional RoomHost room, IEventBroker broker, MApplication app,
            IWorkbenchWindow window) {
        if (client == null || room == null) {
            broker.post(Topics.NOTICE, client == null ? Messages.noClient : Messages.noRoomHost);
            return;
        }
        if (open != null) {
            open.getShell().forceActive();
            return;
        }
        RoomStarter starter = new RoomStarter(client, room, broker, app);
        open = new HostRoomDialog(window.getShell(), HostChoice.fromPreferences(), choice -> {
            choice.save();
            starter.start(choice);
        });
        open.setBlockOnOpen(false); // the workbench keeps running its loop; OK calls back
        open.open();
        open.getShell().addDisposeListener(e -> {
            open = null;
            broker.post(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
        });
    }
}
