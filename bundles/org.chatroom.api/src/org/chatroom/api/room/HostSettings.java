package org.chatroom.api.room;

import java.util.Map;
import java.util.Objects;

/**
 * What the host chooses for one run of the room, over its configuration: a program that hosts a room (the desktop,
 * the headless server) passes these to {@link RoomHost#start(HostSettings)} instead of writing the room's
 * configuration, so nothing it chooses outlives the run or reaches another program.
 *
 * @param port        TCP port, {@code 0} for a free one
 * @param bindAddress local address to listen on, empty for all interfaces
 * @param password    the room password, empty for none; kept only as a hash by the room
 * @param tlsPort     TLS port, {@code -1} to keep the configured one, {@code 0} for no TLS listener
 * @param options     further room configuration keys for this run (as in the metatype of {@value RoomHost#PID},
 *                    e.g. {@code rate.per.second=0}); a key the room does not know is refused
 * @since 1.2
 */
public record HostSettings(int port, String bindAddress, String password, int tlsPort, Map<String, String> options) {

    public HostSettings {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(password, "password");
        options = Map.copyOf(options);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (tlsPort < -1 || tlsPort > 65535) {
            throw new IllegalArgumentException("TLS port out of range: " + tlsPort);
        }
    }

    /** Plain TCP on {@code port} and all interfaces, no password, the configured TLS port, no other option. */
    public static HostSettings onPort(int port) {
        return new HostSettings(port, "", "", -1, Map.of());
    }

    @Override
    public String toString() { // never the password
        return "HostSettings[port=" + port + ", bindAddress=" + bindAddress + ", password="
                + (password.isEmpty() ? "none" : "set") + ", tlsPort=" + tlsPort + ", options=" + options + "]";
    }
}
