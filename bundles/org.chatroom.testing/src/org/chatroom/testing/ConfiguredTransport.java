package org.chatroom.testing;

import java.io.IOException;
import java.util.Hashtable;
import java.util.Map;

import org.chatroom.api.transport.ServerTransport;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A server transport configured the way an administrator configures it, through Configuration Admin, as DS
 * recreates it after the change; closing deletes the configuration and waits for the transport DS creates with the
 * defaults again, so the next test gets those.
 */
public final class ConfiguredTransport implements AutoCloseable {

    private final ServiceTracker<ServerTransport, ServerTransport> transports;
    private final Configuration configuration;

    /** The transport {@code chat.transport=type}, configured by PID {@code pid}. */
    public ConfiguredTransport(String type, String pid) throws Exception {
        transports = Services.track(ServerTransport.class, "(" + ServerTransport.TYPE + "=" + type + ")");
        configuration = Services.get(ConfigurationAdmin.class, "").getConfiguration(pid, "?");
    }

    /** The TCP transport (PID {@code org.chatroom.transport.socket}). */
    public ConfiguredTransport() throws Exception {
        this("tcp", "org.chatroom.transport.socket");
    }

    /** The transport registered now, waiting for one at most 10 s. */
    public ServerTransport current() throws InterruptedException {
        return Services.awaitOther(transports, null);
    }

    /** Sets {@code key} to {@code value} and returns the transport DS creates for it, in place of the current one. */
    public ServerTransport update(String key, Object value) throws Exception {
        return update(Map.of(key, value));
    }

    /** Sets these keys (the others to their defaults) and returns the transport DS creates for them. */
    public ServerTransport update(Map<String, Object> settings) throws Exception {
        ServerTransport old = current();
        configuration.update(new Hashtable<>(settings));
        return Services.awaitOther(transports, old);
    }

    @Override
    public void close() throws IOException {
        try {
            if (configuration.getProperties() != null) {
                ServerTransport old = transports.getService();
                configuration.delete();
                Services.awaitOther(transports, old);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the transport came back with its defaults", e);
        } finally {
            transports.close();
        }
    }
}
