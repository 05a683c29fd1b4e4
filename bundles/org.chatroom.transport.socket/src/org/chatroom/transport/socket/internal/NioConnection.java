package org.chatroom.transport.socket.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.function.Consumer;

import org.chatroom.api.transport.CloseReason;
import org.chatroom.api.transport.Connection;
import org.chatroom.api.transport.ConnectionAcceptor;
import org.chatroom.api.transport.ConnectionHandler;
import org.chatroom.api.transport.Framing;
import org.chatroom.api.transport.TransportLimits;

/**
 * A non-blocking socket connection. {@link #send(byte[])} never wakes a selector per message: called from an I/O
 * thread (a room broadcasting what it just read) it queues the bytes, and the connection's own loop writes everything
 * queued for it at the end of its round, many messages from any number of threads in one system call; called from
 * any other thread it writes straight away while nothing is queued. Only when the socket buffer is full is
 * {@code OP_WRITE} armed.
 * Handler calls all happen on the connection's loop thread, so they are never concurrent.
 */
final class NioConnection implements Connection, Selectable, FrameDecoder.Sink {

    /** Bytes an I/O thread lets pile up for one connection within a round before writing them at once. */
    private static final int FLUSH_THRESHOLD = 16 * 1024;

    private final String id;
    private final SocketChannel channel;
    private final InetSocketAddress remote;
    private final IoLoop loop;
    private volatile ConnectionHandler handler; // null until opened on the server side
    private final TransportLimits limits;
    private final long graceMillis;
    private final Consumer<NioConnection> onClosed;
    private final FrameDecoder decoder;
    private volatile Framing framing = Framing.CHUNKS;

    // guarded by this
    private SelectionKey key;
    private final OutboundQueue queue = new OutboundQueue();
    private boolean flushScheduled;
    private boolean writeArmed;
    private boolean closing;
    private boolean closed;
    private CloseReason closeReason;
    private String closeDetail;

    NioConnection(String id, SocketChannel channel, IoLoop loop, ConnectionHandler handler, TransportLimits limits,
            long graceMillis, Consumer<NioConnection> onClosed) {
        this.id = id;
        this.channel = channel;
        this.remote = remoteOf(channel);
        this.loop = loop;
        this.handler = handler;
        this.limits = limits;
        this.graceMillis = graceMillis;
        this.onClosed = onClosed;
        this.decoder = new FrameDecoder(limits.maxFrameBytes());
    }

    private static InetSocketAddress remoteOf(SocketChannel channel) {
        try {
            return (InetSocketAddress) channel.getRemoteAddress();
        } catch (IOException e) {
            return null;
        }
    }

    /** Loop thread: registers for reading (or not yet, for a client that calls {@code opened} itself). */
    void register(boolean read) throws IOException {
        SelectionKey registered = loop.register(channel, read ? SelectionKey.OP_READ : 0, this);
        synchronized (this) {
            key = registered;
            if (closed) {
                registered.cancel();
            }
        }
    }

    /** Starts delivering frames (client side, after {@code opened} returned). */
    void enableReads() {
        synchronized (this) {
            if (closing || closed) {
                return;
            }
            key.interestOps(key.interestOps() | SelectionKey.OP_READ);
        }
        loop.wakeup();
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
        boolean wake = false;
        synchronized (this) {
            if (closing || closed) {
                return false;
            }
            if (queue.bytes() + data.length > limits.maxQueuedBytes()) {
                abort(CloseReason.SLOW_READER, slowReaderDetail(queue.bytes() + data.length));
                return false;
            }
            if (current != null || !queue.isEmpty()) {
                queue.add(data);
                if (current != null && !writeArmed) {
                    if (queue.bytes() >= FLUSH_THRESHOLD) {
                        if (!writeQueue(current)) {
                            return false;
                        }
                        if (!queue.isEmpty()) {
                            wake = armWrite();
                        }
                    } else if (!flushScheduled) {
                        flushScheduled = true;
                        scheduleFlush = true;
                    }
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
            if (queue.isEmpty()) {
                if (closing) {
                    finish();
                }
            } else {
                wake = armWrite();
            }
        }
        if (wake) {
            loop.wakeup();
        }
    }

    /**
     * Under this lock, on an I/O thread: writes as much as the socket takes, through that thread's direct buffer.
     *
     * @return false when the connection failed
     */
    private boolean writeQueue(IoLoop current) {
        ByteBuffer buffer = current.writeBuffer();
        try {
            while (!queue.isEmpty()) {
                buffer.clear();
                queue.copyTo(buffer);
                buffer.flip();
                int written = channel.write(buffer);
                queue.consume(written);
                if (buffer.hasRemaining()) {
                    return true;
                }
            }
            return true;
        } catch (IOException e) {
            abort(CloseReason.ERROR, "write failed: " + e.getMessage());
            return false;
        }
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
        } catch (CancelledKeyException e) {
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
    void closeGracefully(CloseReason reason, String detail) {
        synchronized (this) {
            if (closing || closed) {
                return;
            }
            closing = true;
            closeReason = reason;
            closeDetail = detail;
            if (queue.isEmpty() || key == null) {
                finish();
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
    void abort(CloseReason reason, String detail) {
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
        loop.execute(() -> {
            try {
                ConnectionHandler opened = handler;
                if (opened != null) { // a connection that failed before it opened is never reported
                    opened.closed(this, reason, detail);
                }
            } finally {
                onClosed.accept(this);
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
            if (queue.isEmpty()) {
                writeArmed = false;
                if (closing) {
                    finish();
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
        buffer.flip();
        decoder.feed(buffer, this);
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
        handler.received(this, frame);
    }

    @Override
    public void frameTooLong(int limit) {
        handler.frameTooLong(this, limit);
    }

    @Override
    public void loopStopped() {
        abort(CloseReason.SHUTDOWN, "transport stopped");
    }

    /** Asks {@code acceptor} for this connection's handler and calls its {@code opened}, on the loop thread (server side). */
    void opened(ConnectionAcceptor acceptor) {
        handler = acceptor.accept(this);
        handler.opened(this);
    }

    @Override
    public String toString() {
        return id + " " + remote;
    }
}
