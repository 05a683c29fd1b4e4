package org.chatroom.transport.socket.tests;

import java.io.IOException;
import java.util.Hashtable;
import java.util.Map;

import org.chatroom.api.transport.ServerTransport;
import org.chatroom.testing.Services;
import org.chatroom.transport.socket.internal.SocketTransportConfig;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The TCP transport as DS recreates it after a change of its configuration (PID
 * {@value SocketTransportConfig#PID}); closing deletes the configuration, so the next test gets the defaults again.
 */
final class ConfiguredTransport implements AutoCloseable {

    private final ServiceTracker<ServerTransport, ServerTransport> transports;
    private final Configuration configuration;

    ConfiguredTransport() throws Exception {
        transports = Services.track(ServerTransport.class, "(" + ServerTransport.TYPE + "=tcp)");
        configuration = Services.get(ConfigurationAdmin.class, "").getConfiguration(SocketTransportConfig.PID, "?");
    }

    /** The transport registered now, waiting for one at most 10 s. */
    ServerTransport current() throws InterruptedException {
        return Services.awaitOther(transports, null);
    }

    /** Sets {@code key} to {@code value} and returns the transport DS creates for it, in place of the current one. */
    ServerTransport update(String key, Object value) throws Exception {
        return update(Map.of(key, value));
    }

    /** Sets these keys (the others to their defaults) and returns the transport DS creates for them. */
    ServerTransport update(Map<String, Object> settings) throws Exception {
        ServerTransport old = current();
        configuration.update(new Hashtable<>(settings));
        return Services.awaitOther(transports, old);
    }

    @Override
    public void close() throws IOException {
        try {
            configuration.delete();
        } finally {
            transports.close();
        }
    }
}
