package org.chatroom.ui.internal.handlers;

import java.io.IOException;
import java.time.Duration;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.room.RoomHost;
import org.chatroom.api.room.RoomStatus;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.bridge.JoinedRoom;
import org.chatroom.ui.internal.bridge.Topics;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Hosts the in-process room on the hosting port of the preferences, joins it, and tells the user where others
 * connect. Binding and joining run in a job, never on the UI thread.
 */
public final class HostRoomHandler {

    private static final Duration CONFIG_TIMEOUT = Duration.ofSeconds(10);

    @CanExecute
    public boolean canExecute(@Optional RoomHost room) {
        return room == null || !room.status().hosting();
    }

    @Execute
    public void execute(@Optional ChatClient client, @Optional ConfigurationAdmin configAdmin, IEventBroker broker,
            MApplication app) {
        if (client == null || configAdmin == null) {
            broker.post(Topics.NOTICE, client == null ? Messages.noClient : Messages.noRoomHost);
            return;
        }
        int port = ChatPreferences.integer(ChatPreferences.HOSTING_PORT);
        int tlsPort = ChatPreferences.integer(ChatPreferences.HOSTING_TLS_PORT);
        try {
            ChatPreferences.hostedRoom(port); // checks the nickname before anything starts
        } catch (IllegalArgumentException e) {
            broker.post(Topics.NOTICE, NLS.bind(Messages.invalidSettings, e.getMessage()));
            return;
        }
        app.getContext().set(JoinedRoom.class, JoinedRoom.HOSTED);
        RoomConfigurator configurator = new RoomConfigurator(configAdmin,
                FrameworkUtil.getBundle(getClass()).getBundleContext());
        Job.create(Messages.hostJobName, monitor -> {
            try {
                RoomHost room = configurator.roomOn(port, tlsPort,
                        ChatPreferences.string(ChatPreferences.HOSTING_PASSWORD), CONFIG_TIMEOUT);
                RoomStatus status = room.start();
                int actualPort = status.address().getPort();
                broker.post(Topics.HOSTING, HostAddresses.describe(status.address(), true));
                broker.post(Topics.NOTICE, NLS.bind(Messages.hostingStarted,
                        HostAddresses.describe(status.address(), false), String.valueOf(actualPort)));
                room.tlsListener().ifPresentOrElse(tls -> broker.post(Topics.NOTICE, NLS.bind(Messages.hostingTls,
                        new Object[] { HostAddresses.describe(tls.address(), false),
                                String.valueOf(tls.address().getPort()), tls.fingerprint() })),
                        () -> {
                            if (tlsPort > 0) {
                                broker.post(Topics.NOTICE,
                                        NLS.bind(Messages.hostingTlsUnavailable, String.valueOf(actualPort)));
                            }
                        });
                broker.post(Topics.ROOM, "localhost_" + actualPort);
                client.connect(ChatPreferences.hostedRoom(actualPort));
            } catch (IOException e) {
                broker.post(Topics.HOSTING, "");
                broker.post(Topics.NOTICE, NLS.bind(Messages.hostingFailed, String.valueOf(port), e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Status.OK_STATUS;
        }).schedule();
    }
}
