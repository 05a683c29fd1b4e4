package org.chatroom.api.room;

import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the clients of an open {@link RoomGateway} connect.
 *
 * @param protocol the gateway's protocol ({@value RoomGateway#PROTOCOL}), e.g. {@code irc}
 * @param address  the plain listener (the real port when 0 was asked)
 * @param tls      the TLS listener, empty when none listens
 * @since 1.6
 */
public record GatewayAddresses(String protocol, InetSocketAddress address, Optional<InetSocketAddress> tls) {

    public GatewayAddresses {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(tls, "tls");
    }
}
