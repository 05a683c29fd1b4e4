package org.chatroom.ui.internal.prefs;

import java.util.Map;

import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.room.HostSettings;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * What the host chooses in the Host Room dialog, remembered for the next time (the password in secure storage).
 *
 * @param port      TCP port, 1-65535
 * @param localOnly listen on this machine only (127.0.0.1) instead of all interfaces
 * @param password  the room's password, empty for none
 * @param tlsPort   TLS port, 0 for no TLS listener
 */
public record HostChoice(int port, boolean localOnly, String password, int tlsPort) {

    /** Address a room listening on this machine only binds. */
    public static final String LOOPBACK = "127.0.0.1";

    public HostChoice {
        if (port < 1 || port > 65535 || tlsPort < 0 || tlsPort > 65535) {
            throw new IllegalArgumentException("port out of range");
        }
    }

    /** The choice made last time (the preferences), or the defaults; a port out of range counts as not chosen. */
    public static HostChoice fromPreferences() {
        int port = ChatPreferences.integer(ChatPreferences.HOSTING_PORT);
        int tlsPort = ChatPreferences.integer(ChatPreferences.HOSTING_TLS_PORT);
        return new HostChoice(port >= 1 && port <= 65535 ? port : ClientSettings.DEFAULT_PORT,
                ChatPreferences.bool(ChatPreferences.HOSTING_LOCAL_ONLY), Secrets.get(ChatPreferences.HOSTING_PASSWORD),
                tlsPort >= 0 && tlsPort <= 65535 && tlsPort != port ? tlsPort : 0);
    }

    /** Remembers this choice for the next time. */
    public void save() {
        var node = InstanceScope.INSTANCE.getNode(ChatPreferences.NODE);
        node.putInt(ChatPreferences.HOSTING_PORT, port);
        node.putBoolean(ChatPreferences.HOSTING_LOCAL_ONLY, localOnly);
        node.putInt(ChatPreferences.HOSTING_TLS_PORT, tlsPort);
        Secrets.put(ChatPreferences.HOSTING_PASSWORD, password);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            throw new IllegalStateException(e);
        }
    }

    /** This choice for {@code RoomHost.start}: one run, written nowhere by the room. */
    public HostSettings settings() {
        return new HostSettings(port, localOnly ? LOOPBACK : "", password, tlsPort, Map.of());
    }

    @Override
    public String toString() { // never the password
        return "HostChoice[port=" + port + ", localOnly=" + localOnly + ", tlsPort=" + tlsPort + "]";
    }
}
