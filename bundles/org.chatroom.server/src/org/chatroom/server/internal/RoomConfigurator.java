package org.chatroom.server.internal;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.chatroom.api.room.RoomHost;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Makes the room's OSGi configuration exactly what this command line says (keys not given fall back to the
 * component's defaults, so nothing from an earlier run sticks), and waits until the room component has it:
 * Declarative Services publishes configuration properties on the component's service, and a per-run marker
 * property tells when this run's configuration has arrived.
 */
final class RoomConfigurator {

    /** Marker property identifying the configuration written by one run of the server. */
    static final String RUN = "chatroom.server.run";
    /** The room's password; the leading dot keeps it out of the service properties. */
    static final String PASSWORD = ".password";

    private static final long POLL_MILLIS = 20;

    private final BundleContext context;
    private final ConfigurationAdmin configAdmin;

    RoomConfigurator(BundleContext context, ConfigurationAdmin configAdmin) {
        this.context = context;
        this.configAdmin = configAdmin;
    }

    /** @param password the room's password (never logged), empty for none */
    void apply(Map<String, String> settings, Optional<String> password, long timeoutMillis)
            throws IOException, InterruptedException {
        Configuration configuration = configAdmin.getConfiguration(RoomHost.PID, "?");
        Dictionary<String, Object> properties = new Hashtable<>(settings);
        String run = UUID.randomUUID().toString();
        properties.put(RUN, run);
        password.ifPresent(secret -> properties.put(PASSWORD, secret));
        configuration.update(properties);
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!applied(run)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException(Messages.format("error.noService", timeoutMillis / 1000));
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private boolean applied(String run) {
        ServiceReference<RoomHost> reference = context.getServiceReference(RoomHost.class);
        return reference != null && run.equals(reference.getProperty(RUN));
    }
}
