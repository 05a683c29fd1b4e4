package org.chatroom.api.transport;

import java.io.IOException;
import java.net.InetSocketAddress;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Accepts connections for a room. Provided as an OSGi service by a transport bundle; the room picks one through the
 * {@value #TYPE} service property (for example {@code (chat.transport=tcp)}), so another transport is installed by
 * installing its bundle.
 */
@ProviderType
public interface ServerTransport {

    /** Service property naming the transport, e.g. {@code tcp}. */
    String TYPE = "chat.transport";

    /**
     * Starts listening. Every accepted connection starts in {@link Framing#CHUNKS} framing and is given to
     * {@code acceptor}, which returns the connection's own handler; that handler is called from transport threads,
     * never concurrently for one connection.
     *
     * @throws IOException when the address cannot be bound
     * @since 2.0 (1.x took one handler for all connections)
     */
    Endpoint listen(InetSocketAddress bind, TransportLimits limits, ConnectionAcceptor acceptor) throws IOException;
}
