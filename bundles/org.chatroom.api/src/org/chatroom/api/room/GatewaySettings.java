package org.chatroom.api.room;

import java.util.Map;
import java.util.Objects;

/**
 * What a host chooses for one run of a {@link RoomGateway}, over the gateway's configuration: the headless server's
 * {@code --irc FILE} passes these instead of writing the IRC listener's configuration.
 *
 * @param port        plain port, {@code 0} for a free one
 * @param tlsPort     TLS port, {@code 0} for a free one, {@code -1} for no TLS listener (it listens only where a TLS
 *                    transport is installed)
 * @param bindAddress local address to listen on, empty for all interfaces
 * @param options     further settings of the gateway for this run, named as in its metatype (for IRC e.g.
 *                    {@code network=Office}, {@code motd=...}, {@code operators=ada pbkdf2-sha256$...}); a key the
 *                    gateway does not know, or a value it does not take, is refused when it is opened
 * @since 1.7
 */
public record GatewaySettings(int port, int tlsPort, String bindAddress, Map<String, String> options) {

    public GatewaySettings {
        Objects.requireNonNull(bindAddress, "bindAddress");
        options = Map.copyOf(options);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (tlsPort < -1 || tlsPort > 65535) {
            throw new IllegalArgumentException("TLS port out of range: " + tlsPort);
        }
    }
}
