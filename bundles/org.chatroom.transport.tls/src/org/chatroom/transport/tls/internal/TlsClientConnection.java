package org.chatroom.transport.tls.internal;

import java.nio.channels.SocketChannel;

import org.chatroom.api.transport.ConnectionHandler;
import org.chatroom.api.transport.SecureConnection;
import org.chatroom.api.transport.TransportLimits;
import org.chatroom.transport.socket.connection.IoLoop;
import org.chatroom.transport.socket.connection.NioConnection;

/** A client connection over TLS: the shared connection with a TLS codec, telling the certificate it was shown. */
final class TlsClientConnection extends NioConnection implements SecureConnection {

    private volatile String peerFingerprint = "";
    private volatile boolean pinnedNow;

    TlsClientConnection(String id, SocketChannel channel, IoLoop loop, TlsCodec codec, ConnectionHandler handler,
            TransportLimits limits, long graceMillis, Lifecycle lifecycle) {
        super(id, channel, loop, codec, null, handler, limits, graceMillis, lifecycle);
    }

    TlsCodec tls() {
        return (TlsCodec) codec();
    }

    void pinned(String fingerprint, boolean now) {
        this.peerFingerprint = fingerprint;
        this.pinnedNow = now;
    }

    @Override
    public String peerFingerprint() {
        return peerFingerprint;
    }

    @Override
    public boolean pinnedNow() {
        return pinnedNow;
    }
}
