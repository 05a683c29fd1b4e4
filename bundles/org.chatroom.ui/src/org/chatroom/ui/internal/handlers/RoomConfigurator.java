package org.chatroom.ui.internal.handlers;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.UUID;

import org.chatroom.api.room.RoomHost;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Sets the room's port and password through Configuration Admin and waits until the room service carries them (DS
 * copies the configuration into the service properties; the password's key starts with a dot, which keeps it out of
 * them, so a marker property tells when a change has arrived), so the room started next is what the user asked.
 */
final class RoomConfigurator {

    /** The room's password; the leading dot keeps it out of the service properties. */
    static final String PASSWORD = ".password";
    /** Marker of one configuration change made here. */
    static final String CHANGE = "chatroom.ui.change";

    private static final long POLL_MILLIS = 20;

    private final ConfigurationAdmin configAdmin;
    private final BundleContext bundleContext;

    RoomConfigurator(ConfigurationAdmin configAdmin, BundleContext bundleContext) {
        this.configAdmin = configAdmin;
        this.bundleContext = bundleContext;
    }

    /**
     * @return the room service configured for {@code port}; it stays in use while the workbench runs, since
     *         releasing the last use of a delayed component would stop a hosted room
     */
    RoomHost roomOn(int port, int tlsPort, String password, Duration timeout) throws IOException, InterruptedException {
        Configuration config = configAdmin.getConfiguration(RoomHost.PID, "?");
        Dictionary<String, Object> props = config.getProperties();
        if (props == null) {
            props = new Hashtable<>();
        }
        String filter = "(&(" + RoomHost.PORT + "=" + port + ")(" + RoomHost.TLS_PORT + "=" + tlsPort + "))";
        if (!Integer.valueOf(port).equals(props.get(RoomHost.PORT))
                || !Integer.valueOf(tlsPort).equals(props.get(RoomHost.TLS_PORT))
                || !password.equals(props.get(PASSWORD))) {
            String change = UUID.randomUUID().toString();
            props.put(RoomHost.PORT, port);
            props.put(RoomHost.TLS_PORT, tlsPort);
            props.put(PASSWORD, password);
            props.put(CHANGE, change);
            config.update(props);
            filter = "(&" + filter + "(" + CHANGE + "=" + change + "))";
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (ServiceReference<RoomHost> ref : references(filter)) {
                RoomHost room = bundleContext.getService(ref);
                if (room != null) {
                    return room;
                }
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new IOException("the room service did not take port " + port + " within " + timeout.toSeconds() + " s");
    }

    private Collection<ServiceReference<RoomHost>> references(String filter) throws IOException {
        try {
            return bundleContext.getServiceReferences(RoomHost.class, filter);
        } catch (InvalidSyntaxException e) {
            throw new IOException(e);
        }
    }
}
