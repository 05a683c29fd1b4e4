package org.chatroom.transport.tls.internal;

import java.net.InetSocketAddress;

import org.chatroom.api.transport.SecureEndpoint;
import org.chatroom.transport.socket.connection.ListeningEndpoint;

/**
 * A listening TLS socket: the shared {@link ListeningEndpoint} with a TLS codec per connection, telling the
 * certificate's fingerprint. A failed handshake or a plain client never reaches the handler.
 */
final class TlsEndpoint implements SecureEndpoint {

    private final ListeningEndpoint endpoint;
    private final String fingerprint;

    TlsEndpoint(ListeningEndpoint endpoint, String fingerprint) {
        this.endpoint = endpoint;
        this.fingerprint = fingerprint;
    }

    @Override
    public InetSocketAddress localAddress() {
        return endpoint.localAddress();
    }

    @Override
    public String fingerprint() {
        return fingerprint;
    }

    @Override
    public int connectionCount() {
        return endpoint.connectionCount();
    }

    @Override
    public void close() {
        endpoint.close();
    }
}
