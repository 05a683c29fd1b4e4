package org.chatroom.ui.internal.handlers;

import java.io.IOException;
import java.net.BindException;
import java.time.Instant;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.room.RoomHost;
import org.chatroom.api.room.RoomStatus;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.bridge.JoinedRoom;
import org.chatroom.ui.internal.bridge.LocalNotice;
import org.chatroom.ui.internal.bridge.Topics;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.chatroom.ui.internal.prefs.HostChoice;
import org.chatroom.ui.internal.prefs.KeptRooms;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.osgi.util.NLS;

/**
 * Starts the in-process room with the host's choice for this run ({@code RoomHost.start(HostSettings)}: nothing is
 * written to the room's configuration), lets IRC clients in when asked, joins it, and tells the user where others
 * connect. Binding and joining run
 * in a job, never on the UI thread.
 */
public final class RoomStarter {

    private final ChatClient client;
    private final RoomHost room;
    private final IEventBroker broker;
    private final MApplication app;

    public RoomStarter(ChatClient client, RoomHost room, IEventBroker broker, MApplication app) {
        this.client = client;
        this.room = room;
        this.broker = broker;
        this.app = app;
    }

    /** @return false (and a notice) when the nickname of the preferences is not valid; nothing started then */
    public boolean start(HostChoice choice) {
        try {
            ChatPreferences.hostedRoom(choice.port()); // checks the nickname before anything starts
        } catch (IllegalArgumentException e) {
            broker.post(Topics.NOTICE, NLS.bind(Messages.invalidSettings, e.getMessage()));
            return false;
        }
        app.getContext().set(JoinedRoom.class, JoinedRoom.HOSTED);
        Job.create(Messages.hostJobName, monitor -> {
            try {
                RoomStatus status = room.start(choice.settings());
                announce(status, choice);
                IrcGatewayOpener.open(choice, broker);
                client.connect(ChatPreferences.hostedRoom(status.address().getPort()));
            } catch (IOException | IllegalArgumentException e) {
                broker.post(Topics.HOSTING, "");
                broker.post(Topics.NOTICE, e instanceof BindException
                        ? NLS.bind(Messages.hostingPortTaken, String.valueOf(choice.port()))
                        : NLS.bind(Messages.hostingFailed, String.valueOf(choice.port()), e.getMessage()));
            }
            return Status.OK_STATUS;
        }).schedule();
        return true;
    }

    private void announce(RoomStatus status, HostChoice choice) {
        int port = status.address().getPort();
        // the tabs start afresh for this server first: the notices below went to the tab of the server joined
        // before (an IRC network's, say) and were gone with it when the room was joined
        broker.post(Topics.ROOM, KeptRooms.key("localhost", port));
        broker.post(Topics.HOSTING, HostAddresses.describe(status.address(), true));
        broker.post(Topics.NOTICE, new LocalNotice(Instant.now(), NLS.bind(Messages.hostingStarted,
                HostAddresses.describe(status.address(), false), String.valueOf(port))));
        room.tlsListener().ifPresentOrElse(tls -> broker.post(Topics.NOTICE, NLS.bind(Messages.hostingTls,
                new Object[] { HostAddresses.describe(tls.address(), false), String.valueOf(tls.address().getPort()),
                        tls.fingerprint() })),
                () -> {
                    if (choice.tlsPort() > 0) {
                        broker.post(Topics.NOTICE, NLS.bind(Messages.hostingTlsUnavailable, String.valueOf(port)));
                    }
                });
    }
}
