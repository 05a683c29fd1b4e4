package org.chatroom.ui.internal.prefs;

import java.util.Map;
import java.util.stream.IntStream;

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
 * @param ircPort   port on which IRC clients come in, 0 for none
 * @param ircTlsPort port on which IRC clients come in with TLS, 0 for none; used only with a {@code tlsPort}
 */
public record HostChoice(int port, boolean localOnly, String password, int tlsPort, int ircPort, int ircTlsPort) {

    /** Address a room listening on this machine only binds. */
    public static final String LOOPBACK = "127.0.0.1";

    public HostChoice {
        if (port < 1 || port > 65535 || !optionalPort(tlsPort) || !optionalPort(ircPort) || !optionalPort(ircTlsPort)) {
            throw new IllegalArgumentException("port out of range");
        }
    }

    /**
     * The choice made last time (the preferences), or the defaults; a port out of range counts as not chosen, and so
     * does a further listener's port that one before it has (the preferences page checks each port alone).
     */
    public static HostChoice fromPreferences() {
        int port = ChatPreferences.integer(ChatPreferences.HOSTING_PORT);
        port = port >= 1 && port <= 65535 ? port : ClientSettings.DEFAULT_PORT;
        int tlsPort = unused(ChatPreferences.integer(ChatPreferences.HOSTING_TLS_PORT), port);
        int ircPort = unused(ChatPreferences.integer(ChatPreferences.HOSTING_IRC_PORT), port, tlsPort);
        int ircTlsPort = unused(ChatPreferences.integer(ChatPreferences.HOSTING_IRC_TLS_PORT), port, tlsPort, ircPort);
        return new HostChoice(port, ChatPreferences.bool(ChatPreferences.HOSTING_LOCAL_ONLY),
                Secrets.get(ChatPreferences.HOSTING_PASSWORD), tlsPort, ircPort, ircTlsPort);
    }

    /** @return {@code port} when it is a port none of {@code taken} is, else 0 (off) */
    private static int unused(int port, int... taken) {
        return optionalPort(port) && IntStream.of(taken).noneMatch(other -> other == port) ? port : 0;
    }

    /** @return whether the ports this choice listens on (those not 0) are all different */
    public boolean portsDistinct() {
        int[] used = IntStream.of(port, tlsPort, ircPort, ircOnTls()).filter(p -> p > 0).toArray();
        return IntStream.of(used).distinct().count() == used.length;
    }

    /** The port for IRC with TLS: {@link #ircTlsPort} when both IRC and the room's TLS are chosen, else 0. */
    public int ircOnTls() {
        return ircPort > 0 && tlsPort > 0 ? ircTlsPort : 0;
    }

    private static boolean optionalPort(int port) {
        return port >= 0 && port <= 65535;
    }

    /** Remembers this choice for the next time. */
    public void save() {
        var node = InstanceScope.INSTANCE.getNode(ChatPreferences.NODE);
        node.putInt(ChatPreferences.HOSTING_PORT, port);
        node.putBoolean(ChatPreferences.HOSTING_LOCAL_ONLY, localOnly);
        node.putInt(ChatPreferences.HOSTING_TLS_PORT, tlsPort);
        node.putInt(ChatPreferences.HOSTING_IRC_PORT, ircPort);
        node.putInt(ChatPreferences.HOSTING_IRC_TLS_PORT, ircTlsPort);
        Secrets.put(ChatPreferences.HOSTING_PASSWORD, password);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            throw new IllegalStateException(e);
        }
    }

    /** This choice for {@code RoomHost.start}: one run, written nowhere by the room. */
    public HostSettings settings() {
        return new HostSettings(port, bindAddress(), password, tlsPort, Map.of());
    }

    /** Where the room (and its IRC listener) binds: {@value #LOOPBACK}, or all interfaces (empty). */
    public String bindAddress() {
        return localOnly ? LOOPBACK : "";
    }

    @Override
    public String toString() { // never the password
        return "HostChoice[port=" + port + ", localOnly=" + localOnly + ", tlsPort=" + tlsPort + ", ircPort=" + ircPort
                + ", ircTlsPort=" + ircTlsPort + "]";
    }
}
