package org.chatroom.api.transport;

import java.net.InetSocketAddress;

import org.osgi.annotation.versioning.ProviderType;

/** A listening socket of a {@link ServerTransport}. Closing it stops accepting and closes its connections. */
@ProviderType
public interface Endpoint extends AutoCloseable {

    /** The address actually bound (the real port when 0 was asked for). */
    InetSocketAddress localAddress();

    /** Connections currently open on this endpoint. */
    int connectionCount();

    @Override
    void close();
}
