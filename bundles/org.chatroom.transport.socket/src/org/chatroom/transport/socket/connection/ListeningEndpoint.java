package org.chatroom.transport.socket.connection;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.chatroom.api.transport.CloseReason;
import org.chatroom.api.transport.ConnectionAcceptor;
import org.chatroom.api.transport.Endpoint;
import org.chatroom.api.transport.TransportLimits;
import org.osgi.service.log.Logger;

/**
 * A listening socket of any transport: accepts on one loop, admits each connection by its source address
 * ({@link AddressLimits}), spreads connections over all loops, and backs off when {@code accept} fails.
 */
public final class ListeningEndpoint implements Endpoint, Selectable {

    /**
     * How an endpoint treats its connections.
     *
     * @param codecs         a new codec for each connection
     * @param handshakes     whether connections start with a handshake (TLS), counted by
     *                       {@link AddressLimits#maxHandshakesPerAddress()} until done
     * @param refuseInClear  whether a refused peer is sent {@link Refusal#reason()} (false where clear text would
     *                       garble the protocol, as for TLS)
     * @param graceMillis    how long a closing connection may take to write what is queued
     * @param admission      limits per source address
     */
    public record Settings(Supplier<ByteCodec> codecs, boolean handshakes, boolean refuseInClear, long graceMillis,
            AddressLimits admission) {
    }

    private static final int ACCEPTS_PER_WAKEUP = 256;

    private final ServerSocketChannel server;
    private final InetSocketAddress localAddress;
    private final IoLoop acceptLoop;
    private final IoLoopGroup loops;
    private final TransportLimits limits;
    private final ConnectionAcceptor acceptor;
    private final Settings settings;
    private final Logger logger;
    private final Consumer<ListeningEndpoint> onClosed;
    private final Set<NioConnection> connections = ConcurrentHashMap.newKeySet();
    private final Admission admission;
    private final ThrottledLog refusals;
    private final SpareDescriptor spare = new SpareDescriptor();
    private final AtomicLong ids = new AtomicLong();
    private volatile boolean closed;
    private SelectionKey key;

    public ListeningEndpoint(ServerSocketChannel server, IoLoopGroup loops, TransportLimits limits,
            ConnectionAcceptor acceptor, Settings settings, Logger logger, Consumer<ListeningEndpoint> onClosed)
            throws IOException {
        this.server = server;
        this.localAddress = (InetSocketAddress) server.getLocalAddress();
        this.loops = loops;
        this.acceptLoop = loops.next();
        this.limits = limits;
        this.acceptor = acceptor;
        this.settings = settings;
        this.logger = logger;
        this.onClosed = onClosed;
        this.admission = new Admission(settings.admission());
        this.refusals = new ThrottledLog(settings.admission().refusalLogIntervalMillis());
    }

    /** Starts accepting; returns once the server socket is registered. */
    public void start() throws IOException {
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
        spare.reopen(); // lost to another thread while descriptors ran out: a free one goes to the spare first
        for (int i = 0; i < ACCEPTS_PER_WAKEUP && !closed; i++) {
            SocketChannel channel;
            try {
                channel = server.accept();
            } catch (IOException e) {
                acceptFailed(e);
                return;
            }
            if (channel == null) {
                return;
            }
            accepted(channel);
        }
    }

    /**
     * Usually out of descriptors: drops the connection waiting in the backlog through the spare descriptor, so that
     * its peer is not left hanging and the selector does not report the same failure in a busy loop, then pauses
     * accepting briefly and warns once per interval.
     */
    private void acceptFailed(IOException failure) {
        spare.release();
        try {
            SocketChannel dropped = server.accept();
            if (dropped != null) {
                dropped.close();
            }
        } catch (IOException e) {
            // still failing: the pause below is all we can do
        }
        spare.reopen();
        long suppressed = refusals.check("accept", System.nanoTime());
        if (suppressed >= 0) {
            logger.warn("accept on {} failed ({}); pausing accepting for {} ms; {} more failures since the last "
                    + "warning", localAddress, failure.toString(), settings.admission().acceptPauseMillis(),
                    suppressed);
        }
        key.interestOps(0);
        acceptLoop.schedule(settings.admission().acceptPauseMillis(), () -> {
            if (!closed && key.isValid()) {
                key.interestOps(SelectionKey.OP_ACCEPT);
            }
        });
    }

    private void accepted(SocketChannel channel) {
        InetAddress address = addressOf(channel);
        if (address == null) {
            closeQuietly(channel); // already gone
            return;
        }
        Refusal refusal = admission.admit(address, settings.handshakes(), System.nanoTime());
        if (refusal != null) {
            refuse(channel, address, refusal);
            return;
        }
        IoLoop loop = loops.next();
        NioConnection connection;
        try {
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            connection = NioConnection.accepted(localAddress.getPort() + "-" + ids.incrementAndGet(), channel, loop,
                    settings.codecs().get(), acceptor, limits, settings.graceMillis(), new Admitted(address));
        } catch (IOException | RuntimeException e) {
            logger.warn("dropping a connection accepted on {}: {}", localAddress, e.toString());
            admission.closed(address, settings.handshakes(), System.nanoTime());
            closeQuietly(channel);
            return;
        }
        connections.add(connection);
        connection.registerLater();
    }

    /** Counts an admitted connection out of the admission control when it closes. */
    private final class Admitted implements NioConnection.Lifecycle {
        private final InetAddress address;
        private boolean handshaking = settings.handshakes(); // loop thread

        Admitted(InetAddress address) {
            this.address = address;
        }

        @Override
        public void established(NioConnection connection) {
            if (handshaking) {
                handshaking = false;
                admission.established(address);
            }
        }

        @Override
        public void closed(NioConnection connection) {
            admission.closed(address, handshaking, System.nanoTime()); // first: a connection no longer counted
            connections.remove(connection); // is free in the admission counts too
        }
    }

    /** Tells the peer why in one line (where the protocol allows), closes, logs once per address and interval. */
    private void refuse(SocketChannel channel, InetAddress address, Refusal refusal) {
        if (settings.refuseInClear()) {
            try {
                channel.configureBlocking(false);
                channel.write(ByteBuffer.wrap(limits.refusalLine(refusal.reason()).getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                // it is being closed anyway
            }
        }
        closeQuietly(channel);
        long suppressed = refusals.check(address, System.nanoTime());
        if (suppressed >= 0) {
            logger.warn("refused a connection from {} on {}: {} ({} more refused since the last warning about it)",
                    address.getHostAddress(), localAddress.getPort(), refusal, suppressed);
        }
    }

    private static InetAddress addressOf(SocketChannel channel) {
        try {
            return ((InetSocketAddress) channel.getRemoteAddress()).getAddress();
        } catch (IOException | RuntimeException e) {
            return null;
        }
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
            acceptLoop.afterNextSelect(() -> unbound.complete(null)); // the socket is closed for good only then
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
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(settings.graceMillis() + 500);
        try {
            unbound.get(settings.graceMillis() + 500, TimeUnit.MILLISECONDS);
            while (!connections.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            logger.warn("endpoint {} did not close in time", localAddress);
        }
        for (NioConnection connection : List.copyOf(connections)) {
            connection.abort(CloseReason.SHUTDOWN, "endpoint closed; grace period expired");
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
        spare.close();
    }
}
