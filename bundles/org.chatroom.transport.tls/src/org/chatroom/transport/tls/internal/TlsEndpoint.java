package org.chatroom.transport.tls.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javax.net.ssl.SSLSocket;

import org.chatroom.api.transport.CloseReason;
import org.chatroom.api.transport.ConnectionAcceptor;
import org.chatroom.api.transport.SecureEndpoint;
import org.chatroom.api.transport.TransportLimits;
import org.osgi.service.log.Logger;

/**
 * A listening TLS socket: one accept thread; each accepted socket gets a thread that does the handshake and then
 * reads (see {@link TlsConnection}). A failed handshake or a plain client is logged and never reaches the handler.
 */
public final class TlsEndpoint implements SecureEndpoint {

    private final ServerSocket server;
    private final InetSocketAddress localAddress;
    private final ServerIdentity identity;
    private final TransportLimits limits;
    private final ConnectionAcceptor acceptor;
    private final Timing timing;
    private final ScheduledExecutorService timer;
    private final Logger logger;
    private final Consumer<TlsEndpoint> onClosed;
    private final Set<TlsConnection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicLong ids = new AtomicLong();
    private volatile boolean closed;

    TlsEndpoint(ServerSocket server, ServerIdentity identity, TransportLimits limits, ConnectionAcceptor acceptor,
            Timing timing, ScheduledExecutorService timer, Logger logger, Consumer<TlsEndpoint> onClosed) {
        this.server = server;
        this.localAddress = (InetSocketAddress) server.getLocalSocketAddress();
        this.identity = identity;
        this.limits = limits;
        this.acceptor = acceptor;
        this.timing = timing;
        this.timer = timer;
        this.logger = logger;
        this.onClosed = onClosed;
    }

    void start() {
        Thread thread = new Thread(this::acceptLoop, "chatroom-tls-accept-" + localAddress.getPort());
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public InetSocketAddress localAddress() {
        return localAddress;
    }

    @Override
    public String fingerprint() {
        return identity.fingerprint();
    }

    @Override
    public int connectionCount() {
        return connections.size();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket raw;
            try {
                raw = server.accept();
            } catch (IOException e) {
                if (!closed) {
                    logger.warn("accept on {} failed: {}", localAddress, e.toString());
                }
                return;
            }
            accepted(raw);
        }
    }

    private void accepted(Socket raw) {
        TlsConnection connection;
        try {
            raw.setTcpNoDelay(true);
            connection = new TlsConnection(localAddress.getPort() + "-" + ids.incrementAndGet(), raw, null, limits,
                    timing.grace(), timer, connections::remove, logger);
        } catch (IOException e) {
            logger.warn("dropping a connection accepted on {}: {}", localAddress, e.toString());
            closeQuietly(raw);
            return;
        }
        connections.add(connection);
        connection.thread(() -> serve(connection, raw), "reader").start();
    }

    /** The connection's reader thread: handshake, then {@code opened}, frames and {@code closed}. */
    private void serve(TlsConnection connection, Socket raw) {
        SSLSocket socket;
        try {
            socket = ServerHandshake.accept(raw, identity.context(), timing);
        } catch (ServerHandshake.PlainClientException e) {
            logger.info("{} on TLS port {} is not a TLS client ({}): told so in plain text and closed",
                    raw.getRemoteSocketAddress(), localAddress.getPort(), e.getMessage());
            dropBeforeOpened(connection);
            return;
        } catch (IOException e) {
            if (!closed) {
                logger.info("TLS handshake with {} on port {} failed: {}", raw.getRemoteSocketAddress(),
                        localAddress.getPort(), e.toString());
            }
            dropBeforeOpened(connection);
            return;
        }
        synchronized (connection) {
            if (!connection.isOpen()) { // the endpoint closed meanwhile
                closeQuietly(raw);
                connections.remove(connection);
                return;
            }
            connection.established(socket, identity.fingerprint(), false);
        }
        connection.startWriter();
        try {
            connection.opened(acceptor);
        } catch (RuntimeException e) {
            logger.error("connection {}: handler failed on open, closing it", connection.id(), e);
            connection.abort(CloseReason.ERROR, "handler failed: " + e);
        }
        connection.readAndReport();
    }

    private void dropBeforeOpened(TlsConnection connection) {
        connection.abort(CloseReason.ERROR, "no TLS handshake");
        connections.remove(connection);
    }

    private static void closeQuietly(Socket raw) {
        try {
            raw.close();
        } catch (IOException e) {
            // already failing
        }
    }

    /**
     * Stops accepting, closes every connection after it wrote what was queued to it, and waits (bounded by the grace
     * period) until all of them are closed.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            logger.warn("closing {} failed: {}", localAddress, e.toString());
        }
        for (TlsConnection connection : List.copyOf(connections)) {
            connection.closeGracefully(CloseReason.SHUTDOWN, "endpoint closed");
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timing.grace() + 500);
        try {
            while (!connections.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (TlsConnection connection : List.copyOf(connections)) {
            connection.abort(CloseReason.SHUTDOWN, "endpoint closed; grace period expired");
        }
        onClosed.accept(this);
    }
}
