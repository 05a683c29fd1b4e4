package org.chatroom.transport.socket.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.chatroom.api.transport.CloseReason;
import org.chatroom.api.transport.ConnectionAcceptor;
import org.chatroom.api.transport.Endpoint;
import org.chatroom.api.transport.TransportLimits;
import org.osgi.service.log.Logger;

/** A listening socket: accepts on one loop, spreads connections over all loops. */
final class SocketEndpoint implements Endpoint, Selectable {

    private static final int ACCEPTS_PER_WAKEUP = 256;

    private final ServerSocketChannel server;
    private final InetSocketAddress localAddress;
    private final IoLoop acceptLoop;
    private final IoLoopGroup loops;
    private final TransportLimits limits;
    private final ConnectionAcceptor acceptor;
    private final long graceMillis;
    private final Logger logger;
    private final Consumer<SocketEndpoint> onClosed;
    private final Set<NioConnection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicLong ids = new AtomicLong();
    private volatile boolean closed;
    private SelectionKey key;

    SocketEndpoint(ServerSocketChannel server, IoLoopGroup loops, TransportLimits limits, ConnectionAcceptor acceptor,
            long graceMillis, Logger logger, Consumer<SocketEndpoint> onClosed) throws IOException {
        this.server = server;
        this.localAddress = (InetSocketAddress) server.getLocalAddress();
        this.loops = loops;
        this.acceptLoop = loops.next();
        this.limits = limits;
        this.acceptor = acceptor;
        this.graceMillis = graceMillis;
        this.logger = logger;
        this.onClosed = onClosed;
    }

    /** Starts accepting; returns once the server socket is registered. */
    void start() throws IOException {
        CompletableFuture<Void> registered = new CompletableFuture<>();
        acceptLoop.execute(() -> {
            try {
                key = acceptLoop.register(server, SelectionKey.OP_ACCEPT, this);
                registered.complete(null);
            } catch (IOException | RuntimeException e) {
                registered.completeExceptionally(e);
            }
        });
        try {
            registered.get(5, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IOException("cannot accept on " + localAddress, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting " + localAddress, e);
        } catch (TimeoutException e) {
            throw new IOException("I/O loop did not answer while starting " + localAddress, e);
        }
    }

    @Override
    public InetSocketAddress localAddress() {
        return localAddress;
    }

    @Override
    public int connectionCount() {
        return connections.size();
    }

    @Override
    public void ready(int readyOps) {
        for (int i = 0; i < ACCEPTS_PER_WAKEUP && !closed; i++) {
            SocketChannel channel;
            try {
                channel = server.accept();
            } catch (IOException e) {
                logger.warn("accept on {} failed: {}", localAddress, e.toString());
                return;
            }
            if (channel == null) {
                return;
            }
            accepted(channel);
        }
    }

    private void accepted(SocketChannel channel) {
        IoLoop loop = loops.next();
        NioConnection connection;
        try {
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            connection = new NioConnection(localAddress.getPort() + "-" + ids.incrementAndGet(), channel, loop,
                    null, limits, graceMillis, connections::remove);
        } catch (IOException e) {
            logger.warn("dropping a connection accepted on {}: {}", localAddress, e.toString());
            closeQuietly(channel);
            return;
        }
        connections.add(connection);
        loop.execute(() -> {
            try {
                connection.register(true);
            } catch (IOException e) {
                connection.abort(CloseReason.ERROR, "cannot register: " + e.getMessage());
                return;
            }
            connection.opened(acceptor);
        });
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // already failing
        }
    }

    @Override
    public void loopStopped() {
        closeServer();
    }

    /**
     * Stops accepting, closes every connection after it wrote what was queued to it, and waits (bounded by the grace
     * period, unless called from an I/O thread) until all of them are closed.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        CompletableFuture<Void> unbound = new CompletableFuture<>();
        acceptLoop.execute(() -> {
            closeServer();
            unbound.complete(null);
        });
        for (NioConnection connection : List.copyOf(connections)) {
            connection.closeGracefully(CloseReason.SHUTDOWN, "endpoint closed");
        }
        if (!loops.inLoop()) {
            awaitClosed(unbound);
        }
        onClosed.accept(this);
    }

    private void awaitClosed(CompletableFuture<Void> unbound) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(graceMillis + 500);
        try {
            unbound.get(graceMillis + 500, TimeUnit.MILLISECONDS);
            while (!connections.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            logger.warn("endpoint {} did not close in time", localAddress);
        }
    }

    private void closeServer() {
        closed = true;
        if (key != null) {
            key.cancel();
        }
        try {
            server.close();
        } catch (IOException e) {
            logger.warn("closing {} failed: {}", localAddress, e.toString());
        }
    }
}
