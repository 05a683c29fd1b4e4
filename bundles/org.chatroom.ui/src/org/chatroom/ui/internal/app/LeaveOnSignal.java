package org.chatroom.ui.internal.app;

import org.chatroom.api.room.RoomHost;
import org.chatroom.ui.internal.Messages;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * A desktop stopped by a signal (SIGTERM: {@code kill}, a session that ends without closing its windows) ends at once,
 * its bundles never stopped: the room it hosted cut its members off without a word and its history kept them as
 * present. This hook, while the workbench runs, stops the hosted room first, as Stop Hosting does: the members are
 * told the reason and their leaves are written. The server's launcher does the same for {@code chatroom-server}.
 */
final class HostedRoomOnSignal {

    private final Thread hook = new Thread(HostedRoomOnSignal::stopHostedRoom, "chatroom-desktop-signal");

    void install() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The workbench ended by itself: its bundles stop as usual, and the hook is not needed. */
    void remove() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down already: the hook runs
        }
    }

    private static void stopHostedRoom() {
        BundleContext context = FrameworkUtil.getBundle(HostedRoomOnSignal.class).getBundleContext();
        if (context == null) {
            return;
        }
        ServiceReference<RoomHost> reference = context.getServiceReference(RoomHost.class);
        RoomHost room = reference == null ? null : context.getService(reference);
        if (room != null && room.status().hosting()) {
            room.stop(Messages.roomClosedReason);
        }
    }
}
