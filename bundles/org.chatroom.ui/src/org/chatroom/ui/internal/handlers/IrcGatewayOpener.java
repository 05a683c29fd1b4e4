package org.chatroom.ui.internal.handlers;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Instant;

import org.chatroom.api.room.GatewayAddresses;
import org.chatroom.api.room.RoomGateway;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.bridge.LocalNotice;
import org.chatroom.ui.internal.bridge.Topics;
import org.chatroom.ui.internal.prefs.HostChoice;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Lets IRC clients into the room just hosted: opens the IRC {@link RoomGateway} (registered while the rooms run) on
 * the host's IRC ports, for this run, and tells the host where IRC clients connect or why they cannot. The room
 * runs either way; the gateway closes with it.
 */
final class IrcGatewayOpener {

    /** How long the gateway may take to be registered once the rooms run (Declarative Services registers it). */
    private static final long WAIT_MILLIS = 5_000;
    private static final String FILTER = "(&(objectClass=" + RoomGateway.class.getName() + ")("
            + RoomGateway.PROTOCOL + "=irc))";

    private IrcGatewayOpener() {
    }

    /** Opens the gateway as {@code choice} asks, when it asks for IRC at all; called off the UI thread. */
    static void open(HostChoice choice, IEventBroker broker) {
        if (choice.ircPort() == 0) {
            return;
        }
        try {
            RoomGateway gateway = await();
            if (gateway == null) {
                notice(broker, Messages.hostingIrcUnavailable);
                return;
            }
            GatewayAddresses addresses = gateway.open(choice.ircPort(), choice.ircOnTls(), choice.bindAddress());
            broker.post(Topics.HOSTING_IRC, addresses);
            InetSocketAddress plain = addresses.address();
            notice(broker, NLS.bind(Messages.hostingIrc, HostAddresses.describe(plain, false),
                    String.valueOf(plain.getPort())));
            addresses.tls().ifPresentOrElse(
                    tls -> notice(broker, NLS.bind(Messages.hostingIrcTls, String.valueOf(tls.getPort()))), () -> {
                        if (choice.ircOnTls() > 0) {
                            notice(broker, Messages.hostingIrcTlsUnavailable);
                        }
                    });
        } catch (BindException e) {
            notice(broker, NLS.bind(Messages.hostingIrcPortTaken, String.valueOf(choice.ircPort())));
        } catch (IOException | RuntimeException e) {
            notice(broker, NLS.bind(Messages.hostingIrcFailed, String.valueOf(choice.ircPort()),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static RoomGateway await() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(IrcGatewayOpener.class).getBundleContext();
        ServiceTracker<RoomGateway, RoomGateway> tracker;
        try {
            tracker = new ServiceTracker<>(context, context.createFilter(FILTER), null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        tracker.open();
        try {
            // the gateway is an immediate component: it stays active after the tracker lets it go
            return tracker.waitForService(WAIT_MILLIS);
        } finally {
            tracker.close();
        }
    }

    private static void notice(IEventBroker broker, String text) {
        broker.post(Topics.NOTICE, new LocalNotice(Instant.now(), text));
    }
}
