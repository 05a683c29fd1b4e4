package org.chatroom.ui.internal.handlers;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.room.RoomHost;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.app.QuitCheck;
import org.chatroom.ui.internal.bridge.JoinedRoom;
import org.chatroom.ui.internal.bridge.Topics;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Leaves the room, tells the members it closes and stops hosting it; runs in a job. The host's own client leaves
 * first, so the user sees one line saying they stopped hosting, not the connection lost, retried or closed; a client
 * in a remote room ({@link JoinedRoom#REMOTE}) stays there (it left it too). With others in the room the user is asked
 * first, as when quitting ({@link QuitCheck}).
 */
public final class StopHostingHandler {

    @CanExecute
    public boolean canExecute(@Optional RoomHost room) {
        return room != null && room.status().hosting();
    }

    @Execute
    public void execute(@Optional RoomHost room, @Optional ChatClient client, @Optional JoinedRoom joined,
            IEventBroker broker, @Optional IWorkbenchWindow window) {
        if (room == null || !room.status().hosting()) {
            broker.post(Topics.NOTICE, room == null ? Messages.noRoomHost : Messages.notHostingNow);
            return;
        }
        if (window != null && !QuitCheck.mayStopHosting(room, client, question -> QuitCheck.ask(window.getShell(),
                Messages.stopHostingTitle, question, Messages.stopHostingStop))) {
            return; // the members stay: it closed the room for them at once, where quitting asks
        }
        boolean inRemoteRoom = joined == JoinedRoom.REMOTE && client != null
                && client.state() != ConnectionState.DISCONNECTED;
        Job.create(Messages.hostJobName, monitor -> {
            if (inRemoteRoom) {
                broker.post(Topics.NOTICE, Messages.hostingStopped);
            } else {
                broker.send(Topics.LEAVING, Messages.hostingStopped); // the one line the user sees
                if (client != null) {
                    client.disconnect();
                }
            }
            room.stop(Messages.roomClosedReason);
            broker.post(Topics.HOSTING, "");
            return Status.OK_STATUS;
        }).schedule();
    }
}
