package org.chatroom.ui.internal.app;

import java.time.Duration;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.room.RoomHost;
import org.chatroom.ui.internal.Messages;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * A desktop stopped by a signal (SIGTERM: {@code kill}, a session that ends without closing its windows) ends at once,
 * its bundles never stopped: its room heard nothing but a lost connection, and the room it hosted cut its members off
 * without a word while its history kept them as present. This hook, while the workbench runs, leaves the room first,
 * as Disconnect does (waiting a moment for the leave to be written: the room tells the others the user left), then
 * stops the hosted room, as Stop Hosting does: the members are told the reason and their leaves are written. The
 * server's launcher and the console client do the same, and so does the desktop quit from its window
 * ({@link #leave}: its room's members read "The room is shutting down.", the bundles' stop, not the host's words).
 */
final class LeaveOnSignal {

    /** How long the leave may take to be written before the process ends. */
    private static final Duration LEAVE_TIMEOUT = Duration.ofSeconds(2);

    private final Thread hook = new Thread(LeaveOnSignal::leave, "chatroom-desktop-signal");

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

    /** Leaves the room as Disconnect does and closes the room hosted here as Stop Hosting does. */
    static void leave() {
        BundleContext context = FrameworkUtil.getBundle(LeaveOnSignal.class).getBundleContext();
        if (context == null) {
            return;
        }
        ChatClient client = service(context, ChatClient.class);
        if (client != null) {
            try {
                client.disconnectAndWait(LEAVE_TIMEOUT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        RoomHost room = service(context, RoomHost.class);
        if (room != null && room.status().hosting()) {
            room.stop(Messages.roomClosedReason);
        }
    }

    private static <T> T service(BundleContext context, Class<T> type) {
        ServiceReference<T> reference = context.getServiceReference(type);
        return reference == null ? null : context.getService(reference);
    }
}
