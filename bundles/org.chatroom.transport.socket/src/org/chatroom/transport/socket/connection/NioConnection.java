package org.chatroom.transport.socket.connection;

import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
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
 * and TLS. {@link #send(byte[])} never wakes a selector per message: called from an I/O thread (a room broadcasting
 * what it just read) it queues the bytes, and the connection's own loop writes everything queued for it at the end
 * of its round, many messages from any number of threads in one system call; called from any other thread it writes
 * straight away while nothing is queued (plain TCP) or hands the write to the connection's loop (codecs that encode).
 * Only when the socket buffer is full is {@code OP_WRITE} armed.
 * <p>
 * Handler calls all happen on the connection's loop thread (the client's {@code opened} on the connecting thread,
 * before any frame), so they are never concurrent. The policy for a handler that throws is the one documented on
 * {@link ConnectionHandler}: the failure is logged and the connection is closed with {@link CloseReason#ERROR}.
 */
public class NioConnection implements Connection, Selectable, FrameDecoder.Sink, ByteCodec.Context {

    /** What the owner of a connection hears of its life (loop thread). */
    public interface Lifecycle {
        /** The codec finished its handshake; called before the handler opens. */
        default void established(NioConnection connection) {
        }

        /** The socket is closed for good (exactly once, also for connections that never opened). */
        void closed(NioConnection connection);
    }

    /** Bytes an I/O thread lets pile up for one connection within a round before writing them at once. */
    private static final int FLUSH_THRESHOLD = 16 * 1024;
    /** How long a refused peer may take to read the line it was sent before the socket is closed. */
    private static final long LINGER_MILLIS = 1000;
    private static final int WIRE_BYTES = 128 * 1024;

    private final String id;
    private final SocketChannel channel;
    private final InetSocketAddress remote;
    private final IoLoop loop;
    private final ByteCodec codec;
    private final ConnectionAcceptor acceptor; // server side; null on the client side
    private volatile ConnectionHandler handler; // server side: null until established
    private final TransportLimits limits;
    private final long graceMillis;
    private final Lifecycle lifecycle;
    private final FrameDecoder decoder;
    private final Consumer<ByteBuffer> frames = this::feed;
    private final CompletableFuture<Void> established = new CompletableFuture<>();
    private volatile Framing framing = Framing.CHUNKS;
    private volatile boolean openedReported;

    // guarded by this
    private SelectionKey key;
    private final OutboundQueue queue = new OutboundQueue();
    private ByteBuffer wirePending; // encoded bytes the socket did not take yet
    private boolean flushScheduled;
    private boolean writeArmed;
    private boolean closing;
    private boolean lingering;
    private boolean closed;
    private CloseReason closeReason;
    private String closeDetail;

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
        this.limits = limits;
        this.graceMillis = graceMillis;
        this.lifecycle = lifecycle;
        this.decoder = new FrameDecoder(limits.maxFrameBytes());
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
                if (closed) {
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
                if (closing || closed) {
                    return;
                }
                key.interestOps(key.interestOps() | SelectionKey.OP_READ);
            }
            decodeWire(ByteBuffer.allocate(0)); // what arrived with the end of the handshake
        });
    }

    @Override
    public boolean established() {
        lifecycle.established(this);
        if (acceptor == null) {
            synchronized (this) {
                if (!closed) {
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
        IoLoop current = IoLoop.current();
        boolean scheduleFlush = false;
        boolean ownerFlush = false;
        boolean wake = false;
        synchronized (this) {
            if (closing || closed) {
                return false;
            }
            if (queue.bytes() + data.length > limits.maxQueuedBytes()) {
                abort(CloseReason.SLOW_READER, slowReaderDetail(queue.bytes() + data.length));
                return false;
            }
            if (current != null || !queue.isEmpty() || wirePending != null || !codec.transparent()) {
                queue.add(data);
                if (current != null && !writeArmed) {
                    if (queue.bytes() >= FLUSH_THRESHOLD) {
                        if (!writeQueue(current)) {
                            return false;
                        }
                        if (!nothingToWrite()) {
                            wake = armWrite();
                        }
                    } else if (!flushScheduled) {
                        flushScheduled = true;
                        scheduleFlush = true;
                    }
                } else if (current == null && !writeArmed && !flushScheduled) {
                    flushScheduled = true;
                    ownerFlush = true;
                }
            } else {
                ByteBuffer buffer = ByteBuffer.wrap(data);
                try {
                    channel.write(buffer);
                } catch (IOException e) {
                    abort(CloseReason.ERROR, "write failed: " + e.getMessage());
                    return false;
                }
                if (buffer.hasRemaining()) {
                    queue.addRemainder(data, buffer.position());
                    wake = armWrite();
                }
            }
        }
        if (scheduleFlush) {
            current.flushLater(this, loop);
        }
        if (ownerFlush) {
            loop.execute(() -> flushQueued(loop));
        }
        if (wake) {
            loop.wakeup();
        }
        return true;
    }

    /** Called by the I/O thread that queued bytes, at the end of its round: writes them, arming OP_WRITE if full. */
    void flushQueued(IoLoop current) {
        boolean wake = false;
        synchronized (this) {
            flushScheduled = false;
            if (closed || writeArmed) {
                return;
            }
            if (!writeQueue(current)) {
                return;
            }
            if (nothingToWrite()) {
                if (closing) {
                    drained();
                }
            } else {
                wake = armWrite();
            }
        }
        if (wake) {
            loop.wakeup();
        }
    }

    // under this lock
    private boolean nothingToWrite() {
        return queue.isEmpty() && wirePending == null;
    }

    /**
     * Under this lock, on an I/O thread: writes as much as the socket takes, through that thread's buffers.
     *
     * @return false when the connection failed
     */
    private boolean writeQueue(IoLoop current) {
        try {
            if (!writePending()) {
                return true;
            }
            ByteBuffer buffer = current.writeBuffer();
            while (!queue.isEmpty()) {
                buffer.clear();
                queue.copyTo(buffer);
                buffer.flip();
                if (codec.transparent()) {
                    queue.consume(channel.write(buffer));
                    if (buffer.hasRemaining()) {
                        return true;
                    }
                } else if (!encodeAndWrite(buffer, current)) {
                    return true;
                }
            }
            return true;
        } catch (IOException e) {
            abort(CloseReason.ERROR, "write failed: " + e.getMessage());
            return false;
        }
    }

    /** Under this lock: encodes all of {@code plain} and writes it; @return false when the socket is full */
    private boolean encodeAndWrite(ByteBuffer plain, IoLoop current) throws IOException {
        while (plain.hasRemaining()) {
            ByteBuffer wire = current.scratch().wire(WIRE_BYTES);
            queue.consume(codec.encode(plain, wire));
            wire.flip();
            channel.write(wire);
            if (wire.hasRemaining()) {
                wirePending = copyOf(wire);
                return false;
            }
        }
        return true;
    }

    /** Under this lock: @return whether the encoded bytes waiting are all written */
    private boolean writePending() throws IOException {
        if (wirePending != null) {
            channel.write(wirePending);
            if (wirePending.hasRemaining()) {
                return false;
            }
            wirePending = null;
        }
        return true;
    }

    private static ByteBuffer copyOf(ByteBuffer bytes) {
        ByteBuffer copy = ByteBuffer.allocate(bytes.remaining());
        copy.put(bytes).flip();
        return copy;
    }

    @Override
    public void sendWire(ByteBuffer wire) {
        boolean wake = false;
        synchronized (this) {
            if (closed) {
                return;
            }
            try {
                if (wirePending == null) {
                    channel.write(wire);
                }
                if (wire.hasRemaining()) {
                    wirePending = wirePending == null ? copyOf(wire) : joined(wirePending, wire);
                    wake = armWrite();
                }
            } catch (IOException e) {
                abort(CloseReason.ERROR, "write failed: " + e.getMessage());
            }
        }
        if (wake) {
            loop.wakeup();
        }
    }

    private static ByteBuffer joined(ByteBuffer first, ByteBuffer second) {
        ByteBuffer joined = ByteBuffer.allocate(first.remaining() + second.remaining());
        joined.put(first).put(second).flip();
        return joined;
    }

    private String slowReaderDetail(long bytes) {
        return "outbound queue full: " + bytes + " bytes waiting, limit " + limits.maxQueuedBytes();
    }

    /** Under this lock: @return whether the loop must be woken for the new interest to count */
    private boolean armWrite() {
        try {
            writeArmed = true;
            key.interestOps(key.interestOps() | SelectionKey.OP_WRITE);
            return !loop.inLoop();
        } catch (CancelledKeyException | NullPointerException e) {
            return false;
        }
    }

    @Override
    public void setFraming(Framing framing) {
        this.framing = framing;
    }

    @Override
    public void close(String detail) {
        closeGracefully(CloseReason.LOCAL, detail);
    }

    /** Stops reading, writes what is queued (at most the grace period), then closes with {@code reason}. */
    public void closeGracefully(CloseReason reason, String detail) {
        synchronized (this) {
            if (closing || closed) {
                return;
            }
            closing = true;
            closeReason = reason;
            closeDetail = detail;
            if (nothingToWrite() || key == null) {
                drained();
                return;
            }
            try {
                writeArmed = true;
                key.interestOps(SelectionKey.OP_WRITE);
            } catch (CancelledKeyException e) {
                finish();
                return;
            }
        }
        loop.execute(() -> loop.watchClosing(this, graceMillis));
    }

    @Override
    public void refuse(String line) {
        synchronized (this) {
            if (closing || closed) {
                return;
            }
            closing = true;
            lingering = true;
            closeReason = CloseReason.ERROR;
            closeDetail = "refused: " + line;
        }
        sendWire(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
        synchronized (this) {
            if (!closed && wirePending == null) {
                drained();
            }
        }
        loop.watchClosing(this, LINGER_MILLIS);
    }

    /**
     * Under this lock, closing with nothing left to write: a refused peer gets our end of the stream and time to read
     * the line before the socket closes (closing with its bytes unread would reset the line away); others close.
     */
    private void drained() {
        if (!lingering) {
            sayGoodbye();
            finish();
            return;
        }
        try {
            writeArmed = false;
            channel.shutdownOutput();
            key.interestOps(SelectionKey.OP_READ);
        } catch (IOException | CancelledKeyException e) {
            finish();
        }
    }

    // under this lock: best effort, never blocks
    private void sayGoodbye() {
        if (codec.transparent() || key == null) {
            return;
        }
        try {
            ByteBuffer wire = ByteBuffer.allocate(WIRE_BYTES);
            codec.goodbye(wire);
            wire.flip();
            channel.write(wire);
        } catch (IOException | RuntimeException e) {
            // closing anyway
        }
    }

    @Override
    public void fail(String detail) {
        abort(CloseReason.ERROR, detail);
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
        synchronized (this) {
            return !closing && !closed;
        }
    }

    /** Whether the socket is still open, closing or not. */
    synchronized boolean isRegisteredOpen() {
        return !closed;
    }

    /** Closes at once, dropping what is queued. */
    public void abort(CloseReason reason, String detail) {
        synchronized (this) {
            if (closed) {
                return;
            }
            if (!closing) {
                closeReason = reason;
                closeDetail = detail;
            }
            closing = true;
            finish();
        }
    }

    void graceExpired() {
        abort(CloseReason.ERROR, "close grace period expired with data unsent");
    }

    // under this lock
    private void finish() {
        closed = true;
        queue.clear();
        wirePending = null;
        if (key != null) {
            key.cancel();
        }
        try {
            channel.close();
        } catch (IOException e) {
            // closing anyway; nothing more to do
        }
        CloseReason reason = closeReason;
        String detail = closeDetail;
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

    @Override
    public void ready(int readyOps) {
        if ((readyOps & SelectionKey.OP_WRITE) != 0) {
            flush();
        }
        if ((readyOps & SelectionKey.OP_READ) != 0) {
            read();
        }
    }

    private void flush() {
        synchronized (this) {
            if (closed || !writeQueue(loop)) {
                return;
            }
            if (nothingToWrite()) {
                writeArmed = false;
                if (closing) {
                    drained();
                } else {
                    key.interestOps(key.interestOps() & ~SelectionKey.OP_WRITE);
                }
            }
        }
    }

    private void read() {
        ByteBuffer buffer = loop.readBuffer();
        buffer.clear();
        int count;
        try {
            count = channel.read(buffer);
        } catch (IOException e) {
            abort(CloseReason.ERROR, "read failed: " + e.getMessage());
            return;
        }
        if (count < 0) {
            abort(CloseReason.PEER, "closed by peer");
            return;
        }
        synchronized (this) {
            if (lingering) {
                return; // a refused peer's bytes are dropped
            }
        }
        buffer.flip();
        decodeWire(buffer);
    }

    private void decodeWire(ByteBuffer wire) {
        try {
            codec.decode(wire, this, frames);
        } catch (EOFException e) {
            abort(CloseReason.PEER, "closed by peer");
        } catch (IOException e) {
            abort(CloseReason.ERROR, e.getMessage());
        }
    }

    private void feed(ByteBuffer plain) {
        decoder.feed(plain, this);
    }

    @Override
    public boolean accepting() {
        return isOpen();
    }

    @Override
    public Framing framing() {
        return framing;
    }

    @Override
    public void frame(byte[] frame) {
        callHandler(() -> handler.received(this, frame));
    }

    @Override
    public void frameTooLong(int limit) {
        callHandler(() -> handler.frameTooLong(this, limit));
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
