package org.chatroom.transport.socket.connection;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.chatroom.api.transport.CloseReason;
import org.chatroom.api.transport.Connection;
import org.chatroom.api.transport.ConnectionAcceptor;
import org.chatroom.api.transport.ConnectionHandler;
import org.chatroom.api.transport.Framing;
import org.chatroom.api.transport.TransportLimits;

/**
 * A non-blocking socket connection of any transport: the {@link ByteCodec} is the only difference between plain TCP
 * and TLS. This class ties the connection's parts together and talks to its handler and owner; the parts are its
 * {@link ReadPath} (socket to frames), {@link WritePath} (queue to socket, see there for when bytes are written) and
 * {@link CloseStateMachine} (graceful close, refusal, abort). They share this object's monitor as their lock.
 * <p>
 * Handler calls all happen on the connection's loop thread (the client's {@code opened} on the connecting thread,
 * before any frame), so they are never concurrent. The policy for a handler that throws is the one documented on
 * {@link ConnectionHandler}: the failure is logged and the connection is closed with {@link CloseReason#ERROR}.
 */
public class NioConnection implements Connection, Selectable, ByteCodec.Context {

    /** What the owner of a connection hears of its life (loop thread). */
    public interface Lifecycle {
        /** The codec finished its handshake; called before the handler opens. */
        default void established(NioConnection connection) {
        }

        /** The socket is closed for good (exactly once, also for connections that never opened). */
        void closed(NioConnection connection);
    }

    private final String id;
    private final SocketChannel channel;
    private final InetSocketAddress remote;
    private final IoLoop loop;
    private final ByteCodec codec;
    private final ConnectionAcceptor acceptor; // server side; null on the client side
    private volatile ConnectionHandler handler; // server side: null until established
    private final Lifecycle lifecycle;
    private final TransportLimits limits;
    private final CompletableFuture<Void> established = new CompletableFuture<>();
    private volatile boolean openedReported;
    private final ReadPath reads;
    private final WritePath writes;
    private final CloseStateMachine closeState;

    // guarded by this
    private SelectionKey key;

    /**
     * @param acceptor server side: asked for the handler once the codec is established; {@code null} on the client
     * @param handler  client side: the handler; {@code null} on the server
     */
    protected NioConnection(String id, SocketChannel channel, IoLoop loop, ByteCodec codec,
            ConnectionAcceptor acceptor, ConnectionHandler handler, TransportLimits limits, long graceMillis,
            Lifecycle lifecycle) {
        this.id = id;
        this.channel = channel;
        this.remote = remoteOf(channel);
        this.loop = loop;
        this.codec = codec;
        this.acceptor = acceptor;
        this.handler = handler;
        this.lifecycle = lifecycle;
        this.limits = limits;
        this.reads = new ReadPath(this, channel, loop, codec, limits.maxFrameBytes());
        this.writes = new WritePath(this, channel, loop, codec, limits.maxQueuedBytes());
        this.closeState = new CloseStateMachine(this, channel, loop, codec, graceMillis);
    }

    /** A connection accepted by a server: {@code acceptor} gives its handler once the codec is established. */
    public static NioConnection accepted(String id, SocketChannel channel, IoLoop loop, ByteCodec codec,
            ConnectionAcceptor acceptor, TransportLimits limits, long graceMillis, Lifecycle lifecycle) {
        return new NioConnection(id, channel, loop, codec, acceptor, null, limits, graceMillis, lifecycle);
    }

    /** A client connection: {@code handler} hears it once {@link #startDelivering()} is called. */
    public static NioConnection client(String id, SocketChannel channel, IoLoop loop, ByteCodec codec,
            ConnectionHandler handler, TransportLimits limits, long graceMillis, Lifecycle lifecycle) {
        return new NioConnection(id, channel, loop, codec, null, handler, limits, graceMillis, lifecycle);
    }

    private static InetSocketAddress remoteOf(SocketChannel channel) {
        try {
            return (InetSocketAddress) channel.getRemoteAddress();
        } catch (IOException e) {
            return null;
        }
    }

    /** The codec of this connection. */
    protected ByteCodec codec() {
        return codec;
    }

    /** Loop thread: registers for reading and starts the codec. */
    void register() {
        try {
            SelectionKey registered = loop.register(channel, SelectionKey.OP_READ, this);
            synchronized (this) {
                key = registered;
                if (closeState.closed()) {
                    registered.cancel();
                    return;
                }
            }
            codec.start(this);
        } catch (IOException | RuntimeException e) {
            abort(CloseReason.ERROR, "cannot start: " + e.getMessage());
        }
    }

    /** Registers on the connection's loop from any thread. */
    public void registerLater() {
        loop.execute(this::register);
    }

    /**
     * Client side: waits until the codec is established (reads then pause until {@link #startDelivering()}).
     *
     * @throws SocketTimeoutException when {@code deadlineNanos} passes first (the connection is then closed)
     * @throws IOException            when the connection failed first, with its reason
     */
    public void awaitEstablished(long deadlineNanos) throws IOException {
        try {
            established.get(Math.max(1, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abort(CloseReason.ERROR, "not established in time");
            throw new SocketTimeoutException("no answer in time");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abort(CloseReason.ERROR, "interrupted");
            throw new IOException("interrupted while connecting", e);
        }
    }

    /** Client side, once established: calls the handler's {@code opened} on this thread, then delivers frames. */
    public void startDelivering() {
        if (!callHandler(() -> {
            openedReported = true;
            handler.opened(this);
        })) {
            return;
        }
        loop.execute(() -> {
            synchronized (this) {
                if (closeState.closingOrClosed()) {
                    return;
                }
                key.interestOps(key.interestOps() | SelectionKey.OP_READ);
            }
            reads.decodeWire(ByteBuffer.allocate(0)); // what arrived with the end of the handshake
        });
    }

    @Override
    public boolean established() {
        lifecycle.established(this);
        if (acceptor == null) {
            synchronized (this) {
                if (!closeState.closed()) {
                    key.interestOps(key.interestOps() & ~SelectionKey.OP_READ);
                }
            }
            established.complete(null);
            return false;
        }
        return callHandler(() -> {
            handler = acceptor.accept(this);
            openedReported = true;
            handler.opened(this);
        }) && isOpen();
    }

    /** Gives {@code call} the handler under the handler-failure policy; @return false when it failed */
    boolean deliver(Consumer<ConnectionHandler> call) {
        return callHandler(() -> call.accept(handler));
    }

    /** Runs a handler call under the handler-failure policy; @return false when it failed */
    private boolean callHandler(Runnable call) {
        try {
            call.run();
            return true;
        } catch (RuntimeException e) {
            loop.logger().error("connection {}: its handler failed, closing it", id, e);
            abort(CloseReason.ERROR, "handler failed: " + e);
            return false;
        }
    }

    /** Under this lock, once the socket is closed: tells the waiting client, the handler and the owner. */
    void closedFor(CloseReason reason, String detail) {
        established.completeExceptionally(new IOException(detail));
        loop.execute(() -> {
            try {
                if (openedReported) { // a connection that failed before it opened is never reported
                    handler.closed(this, reason, detail);
                }
            } catch (RuntimeException e) {
                loop.logger().error("connection {}: its handler failed on close", id, e);
            } finally {
                lifecycle.closed(this);
            }
        });
    }

    // under this lock
    SelectionKey key() {
        return key;
    }

    WritePath writes() {
        return writes;
    }

    CloseStateMachine closeState() {
        return closeState;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return remote;
    }

    @Override
    public boolean send(byte[] data) {
        return writes.send(data);
    }

    /** The connection's I/O loop: sends from it are queued without a lock handoff and written once per round. */
    @Override
    public Executor executor() {
        return loop;
    }

    /** Called by the I/O thread that queued bytes, at the end of its round: see {@link WritePath}. */
    void flushQueued(IoLoop current) {
        writes.flushQueued(current);
    }

    /** Write system calls made for this connection so far: how well its loop gathers what is sent to it. */
    public synchronized long writeCalls() {
        return writes.writeCalls();
    }

    @Override
    public void sendWire(ByteBuffer wire) {
        writes.sendWire(wire);
    }

    @Override
    public void setFraming(Framing framing) {
        reads.setFraming(framing);
    }

    @Override
    public void close(String detail) {
        closeGracefully(CloseReason.LOCAL, detail);
    }

    /** Stops reading, writes what is queued (at most the grace period), then closes with {@code reason}. */
    public void closeGracefully(CloseReason reason, String detail) {
        closeState.closeGracefully(reason, detail);
    }

    @Override
    public void refuse(String reason) {
        closeState.refuse(limits.refusalLine(reason));
    }

    @Override
    public void fail(String detail) {
        abort(CloseReason.ERROR, detail);
    }

    /** Closes at once, dropping what is queued. */
    public void abort(CloseReason reason, String detail) {
        closeState.abort(reason, detail);
    }

    void graceExpired() {
        abort(CloseReason.ERROR, "close grace period expired with data unsent");
    }

    @Override
    public void schedule(long delayMillis, Runnable task) {
        loop.schedule(delayMillis, () -> {
            if (isRegisteredOpen()) {
                task.run();
            }
        });
    }

    @Override
    public IoLoop.Scratch scratch() {
        return loop.scratch();
    }

    @Override
    public boolean isOpen() {
        return closeState.isOpen();
    }

    /** Whether the socket is still open, closing or not. */
    synchronized boolean isRegisteredOpen() {
        return !closeState.closed();
    }

    @Override
    public void ready(int readyOps) {
        if ((readyOps & SelectionKey.OP_WRITE) != 0) {
            writes.writable();
        }
        if ((readyOps & SelectionKey.OP_READ) != 0) {
            reads.readable();
        }
    }

    @Override
    public void loopStopped() {
        abort(CloseReason.SHUTDOWN, "transport stopped");
    }

    @Override
    public String toString() {
        return id + " " + remote;
    }
}
