package org.chatroom.api.room;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A way into the hosted rooms for the clients of another protocol (the IRC listener is one). It is registered while
 * the rooms run, with the service property {@value #PROTOCOL}; a program that hosts a room (the desktop's Host Room)
 * opens it after {@link RoomHost#start(HostSettings)} for that run only, and it closes when asked or when the rooms
 * stop. Nothing is written to a configuration.
 *
 * @since 1.6
 */
@ProviderType
public interface RoomGateway {

    /** Service property: the protocol the gateway speaks, e.g. {@code irc}. */
    String PROTOCOL = "chat.gateway.protocol";

    /**
     * Starts listening with the gateway's configured settings; does nothing but answer where it listens when already
     * open.
     *
     * @param port        plain port, {@code 0} for a free one
     * @param tlsPort     TLS port, {@code 0} for no TLS listener; it listens only where a TLS transport is installed
     * @param bindAddress local address to listen on, empty for all interfaces
     * @return where clients connect
     * @throws IOException when an address cannot be bound (e.g. the port is taken)
     */
    default GatewayAddresses open(int port, int tlsPort, String bindAddress) throws IOException {
        if (tlsPort < 0) {
            throw new IllegalArgumentException("TLS port out of range: " + tlsPort);
        }
        return open(new GatewaySettings(port, tlsPort == 0 ? -1 : tlsPort, bindAddress, Map.of()));
    }

    /**
     * Starts listening with {@code settings} over the gateway's configuration, for this run; does nothing but answer
     * where it listens when already open (the settings of that opening stay).
     *
     * @return where clients connect
     * @throws IOException              when an address cannot be bound (e.g. the port is taken)
     * @throws IllegalArgumentException when an option names no setting of the gateway or has a value it does not
     *                                  take; the message says which, for the person who wrote it
     * @since 1.7
     */
    GatewayAddresses open(GatewaySettings settings) throws IOException;

    /** Stops listening and disconnects its clients (the rooms tell the others they left); nothing when closed. */
    void close();

    /** Where clients connect while open, empty while closed. */
    Optional<GatewayAddresses> addresses();
}
