package org.chatroom.api.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;

import org.osgi.annotation.versioning.ProviderType;

/** Opens outgoing connections to a room; selected by the same {@link ServerTransport#TYPE} property. */
@ProviderType
public interface ClientTransport {

    /**
     * Connects, blocking at most {@code timeout}. The connection starts in {@link Framing#CHUNKS} framing;
     * {@link ConnectionHandler#opened} is called before this method returns.
     *
     * @throws IOException when the room cannot be reached in time
     */
    Connection connect(InetSocketAddress remote, TransportLimits limits, ConnectionHandler handler, Duration timeout)
            throws IOException;
}
