package org.chatroom.loadtest;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLEngineResult.Status;

/**
 * A client's TLS through an {@link SSLEngine} (the JDK's or BoringSSL's, {@link TlsClients}), driven by the tool's
 * selector thread (non-blocking). It trusts any certificate ({@link org.chatroom.testing.tls.TrustAnyServer}): the tool measures a room on loopback, it does not
 * check who runs it.
 */
final class TlsWire implements Wire {

    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

    private final SSLEngine engine;
    private final ByteBuffer netIn;
    private final ByteBuffer netOut; // kept in write mode
    private boolean handshakeDone;

    /** @param engine a client engine, TLS 1.3 and 1.2 ({@link TlsClients#engines()}) */
    TlsWire(SSLEngine engine) {
        this.engine = engine;
        int packet = engine.getSession().getPacketBufferSize();
        netIn = ByteBuffer.allocate(2 * packet);
        netOut = ByteBuffer.allocate(4 * packet);
    }

    @Override
    public void start(SocketChannel channel) throws IOException {
        engine.beginHandshake();
        handshake(channel);
    }

    /** Runs the handshake as far as it goes without reading. */
    private void handshake(SocketChannel channel) throws IOException {
        while (true) {
            HandshakeStatus status = engine.getHandshakeStatus();
            if (status == HandshakeStatus.NEED_TASK) {
                Runnable task;
                while ((task = engine.getDelegatedTask()) != null) {
                    task.run();
                }
            } else if (status == HandshakeStatus.NEED_WRAP) {
                SSLEngineResult result = engine.wrap(EMPTY, netOut);
                finished(result);
                flushNet(channel);
                if (result.getStatus() != Status.OK) {
                    throw new IOException("TLS handshake: " + result.getStatus());
                }
            } else {
                return;
            }
        }
    }

    private void finished(SSLEngineResult result) {
        if (result.getHandshakeStatus() == HandshakeStatus.FINISHED) {
            handshakeDone = true;
        }
    }

    @Override
    public int read(SocketChannel channel, ByteBuffer plain) throws IOException {
        int n = channel.read(netIn);
        if (n < 0) {
            return -1;
        }
        int before = plain.position();
        netIn.flip();
        try {
            while (netIn.hasRemaining()) {
                SSLEngineResult result = engine.unwrap(netIn, plain);
                finished(result);
                if (result.getStatus() == Status.CLOSED) {
                    throw new EOFException("TLS closed");
                }
                handshake(channel);
                if (result.getStatus() != Status.OK) {
                    break; // underflow: the rest of a record is still to come; overflow: read again later
                }
            }
        } finally {
            netIn.compact();
        }
        handshake(channel);
        return plain.position() - before;
    }

    @Override
    public void write(SocketChannel channel, ByteBuffer plain) throws IOException {
        if (!flushNet(channel) || !handshakeDone) {
            return;
        }
        while (plain.hasRemaining()) {
            SSLEngineResult result = engine.wrap(plain, netOut);
            if (result.getStatus() == Status.BUFFER_OVERFLOW) {
                if (!flushNet(channel)) {
                    return;
                }
            } else if (result.getStatus() != Status.OK) {
                throw new IOException("TLS: " + result.getStatus());
            }
        }
        flushNet(channel);
    }

    /** @return whether every encoded byte was written */
    private boolean flushNet(SocketChannel channel) throws IOException {
        netOut.flip();
        try {
            channel.write(netOut);
            return !netOut.hasRemaining();
        } finally {
            netOut.compact();
        }
    }

    @Override
    public boolean pending() {
        return netOut.position() > 0;
    }
}
