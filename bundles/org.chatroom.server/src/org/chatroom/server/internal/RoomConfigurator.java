package org.chatroom.server.internal;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Objects;
import java.util.Optional;

import org.chatroom.api.room.RoomHost;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Applies the command line to the room's OSGi configuration and waits until the room component has it: Declarative
 * Services publishes configuration properties on the component's service, so the wait watches those. The password
 * goes to the key {@value #PASSWORD}, which the leading dot keeps out of the service properties; the service shows
 * only {@value #PASSWORD_REQUIRED}. Without a password the configured one is removed: the command line decides.
 */
final class RoomConfigurator {

    private static final long POLL_MILLIS = 20;
    static final String PASSWORD = ".password";
    static final String PASSWORD_REQUIRED = "password.required";

    private final BundleContext context;
    private final ConfigurationAdmin configAdmin;

    RoomConfigurator(BundleContext context, ConfigurationAdmin configAdmin) {
        this.context = context;
        this.configAdmin = configAdmin;
    }

    void apply(ServerArguments args, Optional<String> password, long timeoutMillis)
            throws IOException, InterruptedException {
        Configuration configuration = configAdmin.getConfiguration(RoomHost.PID, "?");
        Dictionary<String, Object> existing = configuration.getProperties();
        Dictionary<String, Object> properties = existing == null ? new Hashtable<>() : existing;
        args.port().ifPresent(port -> properties.put(RoomHost.PORT, port));
        if (args.bind() != null) {
            properties.put(RoomHost.BIND_ADDRESS, args.bind());
        }
        if (password.isPresent()) {
            properties.put(PASSWORD, password.get());
        } else {
            properties.remove(PASSWORD);
        }
        properties.put(PASSWORD_REQUIRED, password.isPresent());
        configuration.updateIfDifferent(properties);
        awaitApplied(properties, timeoutMillis);
    }

    private void awaitApplied(Dictionary<String, Object> wanted, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!applied(wanted)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException(Messages.format("error.noService", timeoutMillis / 1000));
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private boolean applied(Dictionary<String, Object> wanted) {
        ServiceReference<RoomHost> reference = context.getServiceReference(RoomHost.class);
        if (reference == null) {
            return false;
        }
        return same(wanted.get(RoomHost.PORT), reference.getProperty(RoomHost.PORT))
                && same(wanted.get(RoomHost.BIND_ADDRESS), reference.getProperty(RoomHost.BIND_ADDRESS))
                && same(wanted.get(PASSWORD_REQUIRED), reference.getProperty(PASSWORD_REQUIRED));
    }

    private static boolean same(Object wanted, Object actual) {
        return wanted == null || Objects.equals(String.valueOf(wanted), String.valueOf(actual));
    }
}
