package org.chatroom.transport.socket.connection;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

import org.chatroom.api.transport.CloseReason;

/**
 * The write path of one {@link NioConnection}: its outbound queue, the encoded bytes the socket did not take yet, and
 * when to write them. {@link #send(byte[])} never wakes a selector per message: called from an I/O thread (a room
 * broadcasting what it just read) it queues the bytes, and the connection's own loop writes everything queued for it
 * at the end of its round, many messages from any number of threads in one system call; called from any other thread
 * (a room log's delivery thread, a timer) it queues the bytes too and hands the write to the connection's loop, one
 * task until that ran, however many messages came meanwhile; once {@value #FLUSH_THRESHOLD} bytes wait it writes them
 * itself (plain TCP), so a burst from such a thread never waits for a busy loop until it counts as a slow reader.
 * (Writing each message straight away from such a thread cost one system call per message and member on that one
 * thread: a room delivering from its log's thread managed about 60,000 deliveries/s where the I/O threads manage
 * over a million.) Only when the socket buffer is full is {@code OP_WRITE} armed.
 * <p>
 * Guarded by the connection's lock (its monitor), like the {@link CloseStateMachine} it works with.
 */
final class WritePath {

    /** Bytes an I/O thread lets pile up for one connection within a round before writing them at once. */
    private static final int FLUSH_THRESHOLD = 16 * 1024;
    static final int WIRE_BYTES = 128 * 1024;
    /** The buffer a thread that is no I/O thread writes a connection's queue through. */
    private static final ThreadLocal<ByteBuffer> FOREIGN_BUFFER =
            ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(4 * FLUSH_THRESHOLD));

    private final NioConnection connection;
    private final SocketChannel channel;
    private final IoLoop loop;
    private final ByteCodec codec;
    private final long maxQueuedBytes;

    // guarded by connection
    private final OutboundQueue queue = new OutboundQueue();
    private ByteBuffer wirePending; // encoded bytes the socket did not take yet
    private boolean flushScheduled;
    private boolean writeArmed;
    private long writeCalls;

    WritePath(NioConnection connection, SocketChannel channel, IoLoop loop, ByteCodec codec, long maxQueuedBytes) {
        this.connection = connection;
        this.channel = channel;
        this.loop = loop;
        this.codec = codec;
        this.maxQueuedBytes = maxQueuedBytes;
    }

    /** Any thread: queues or writes {@code data}; @return false when the connection is closing or was cut off */
    boolean send(byte[] data) {
        IoLoop current = IoLoop.current();
        boolean scheduleFlush = false;
        boolean ownerFlush = false;
        boolean wake = false;
        synchronized (connection) {
            if (closeState().closingOrClosed()) {
                return false;
            }
            if (queue.bytes() + data.length > maxQueuedBytes) {
                connection.abort(CloseReason.SLOW_READER, slowReaderDetail(queue.bytes() + data.length));
                return false;
            }
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
            } else if (current == null && !writeArmed) {
                if (codec.transparent() && queue.bytes() >= FLUSH_THRESHOLD) {
                    if (!writeQueue(FOREIGN_BUFFER.get(), null)) {
                        return false;
                    }
                    if (!nothingToWrite()) {
                        wake = armWrite();
                    }
                } else if (!flushScheduled) {
                    flushScheduled = true;
                    ownerFlush = true;
                }
            }
        }
        if (scheduleFlush) {
            current.flushLater(connection, loop);
        }
        if (ownerFlush) {
            loop.flushSoon(connection);
        }
        if (wake) {
            loop.wakeup();
        }
        return true;
    }

    /** Called by the I/O thread that queued bytes, at the end of its round: writes them, arming OP_WRITE if full. */
    void flushQueued(IoLoop current) {
        boolean wake = false;
        synchronized (connection) {
            flushScheduled = false;
            if (closeState().closed() || writeArmed) {
                return;
            }
            if (!writeQueue(current)) {
                return;
            }
            if (nothingToWrite()) {
                if (closeState().closing()) {
                    closeState().drained();
                }
            } else {
                wake = armWrite();
            }
        }
        if (wake) {
            loop.wakeup();
        }
    }

    /** Loop thread, when the socket takes bytes again ({@code OP_WRITE}). */
    void writable() {
        synchronized (connection) {
            if (closeState().closed() || !writeQueue(loop)) {
                return;
            }
            if (nothingToWrite()) {
                writeArmed = false;
                if (closeState().closing()) {
                    closeState().drained();
                } else {
                    SelectionKey key = connection.key();
                    key.interestOps(key.interestOps() & ~SelectionKey.OP_WRITE);
                }
            }
        }
    }

    /** Any thread: writes {@code wire} (codec bytes) ahead of anything queued later. */
    void sendWire(ByteBuffer wire) {
        boolean wake = false;
        synchronized (connection) {
            if (closeState().closed()) {
                return;
            }
            try {
                if (wirePending == null) {
                    write(wire);
                }
                if (wire.hasRemaining()) {
                    wirePending = wirePending == null ? copyOf(wire) : joined(wirePending, wire);
                    wake = armWrite();
                }
            } catch (IOException e) {
                connection.abort(CloseReason.ERROR, "write failed: " + e.getMessage());
            }
        }
        if (wake) {
            loop.wakeup();
        }
    }

    // under the connection's lock
    boolean nothingToWrite() {
        return queue.isEmpty() && wirePending == null;
    }

    /** Under the connection's lock: @return whether codec bytes still wait for the socket */
    boolean wirePending() {
        return wirePending != null;
    }

    /** Under the connection's lock, closing: only writing is wanted from now on. */
    void writeOnly() {
        writeArmed = true;
        connection.key().interestOps(SelectionKey.OP_WRITE);
    }

    /** Under the connection's lock: nothing more is to be written (the output is shut or the socket closed). */
    void stopWriting() {
        writeArmed = false;
    }

    /** Under the connection's lock, on close: drops what is queued. */
    void discard() {
        queue.clear();
        wirePending = null;
    }

    /**
     * Under the connection's lock, on an I/O thread: writes as much as the socket takes, through that thread's
     * buffers.
     *
     * @return false when the connection failed
     */
    private boolean writeQueue(IoLoop current) {
        return writeQueue(current.writeBuffer(), current);
    }

    /**
     * Under the connection's lock: writes as much as the socket takes through {@code buffer}; {@code current} (the I/O
     * thread's loop, for its codec buffers) may be null for a transparent codec only.
     *
     * @return false when the connection failed
     */
    private boolean writeQueue(ByteBuffer buffer, IoLoop current) {
        try {
            if (!writePending()) {
                return true;
            }
            while (!queue.isEmpty()) {
                buffer.clear();
                queue.copyTo(buffer);
                buffer.flip();
                if (codec.transparent()) {
                    queue.consume(write(buffer));
                    if (buffer.hasRemaining()) {
                        return true;
                    }
                } else if (!encodeAndWrite(buffer, current)) {
                    return true;
                }
            }
            return true;
        } catch (IOException e) {
            connection.abort(CloseReason.ERROR, "write failed: " + e.getMessage());
            return false;
        }
    }

    /** Under the connection's lock: encodes all of {@code plain} and writes it; @return false when the socket is full */
    private boolean encodeAndWrite(ByteBuffer plain, IoLoop current) throws IOException {
        while (plain.hasRemaining()) {
            ByteBuffer wire = current.scratch().wire(WIRE_BYTES);
            queue.consume(codec.encode(plain, wire));
            wire.flip();
            write(wire);
            if (wire.hasRemaining()) {
                wirePending = copyOf(wire);
                return false;
            }
        }
        return true;
    }

    /** Under the connection's lock: @return whether the encoded bytes waiting are all written */
    private boolean writePending() throws IOException {
        if (wirePending != null) {
            write(wirePending);
            if (wirePending.hasRemaining()) {
                return false;
            }
            wirePending = null;
        }
        return true;
    }

    /** Under the connection's lock: @return whether the loop must be woken for the new interest to count */
    private boolean armWrite() {
        try {
            writeArmed = true;
            SelectionKey key = connection.key();
            key.interestOps(key.interestOps() | SelectionKey.OP_WRITE);
            return !loop.inLoop();
        } catch (CancelledKeyException | NullPointerException e) {
            return false;
        }
    }

    /** Under the connection's lock: one write system call. */
    private int write(ByteBuffer bytes) throws IOException {
        writeCalls++;
        return channel.write(bytes);
    }

    /** Under the connection's lock: write system calls so far. */
    long writeCalls() {
        return writeCalls;
    }

    private CloseStateMachine closeState() {
        return connection.closeState();
    }

    private String slowReaderDetail(long bytes) {
        return "outbound queue full: " + bytes + " bytes waiting, limit " + maxQueuedBytes;
    }

    private static ByteBuffer copyOf(ByteBuffer bytes) {
        ByteBuffer copy = ByteBuffer.allocate(bytes.remaining());
        copy.put(bytes).flip();
        return copy;
    }

    private static ByteBuffer joined(ByteBuffer first, ByteBuffer second) {
        ByteBuffer joined = ByteBuffer.allocate(first.remaining() + second.remaining());
        joined.put(first).put(second).flip();
        return joined;
    }
}
