package org.chatroom.transport.socket.connection;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

import org.chatroom.api.transport.CloseReason;

/**
 * How one {@link NioConnection} closes: open, then closing (writing what is queued, then lingering: our output ended,
 * the peer's bytes dropped until it ends its side; all within a grace period, or, after a refusal, the refusal's
 * linger), then closed, exactly once, with the reason given first. A close at once ({@link #abort}) drops what is
 * queued. Guarded by the connection's lock.
 */
final class CloseStateMachine {

    /** How long a refused peer may take to read the line it was sent before the socket is closed. */
    private static final long LINGER_MILLIS = 1000;

    private final NioConnection connection;
    private final SocketChannel channel;
    private final IoLoop loop;
    private final ByteCodec codec;
    private final long graceMillis;

    // guarded by connection
    private boolean closing;
    private boolean lingering;
    private boolean closed;
    private CloseReason reason;
    private String detail;

    CloseStateMachine(NioConnection connection, SocketChannel channel, IoLoop loop, ByteCodec codec,
            long graceMillis) {
        this.connection = connection;
        this.channel = channel;
        this.loop = loop;
        this.codec = codec;
        this.graceMillis = graceMillis;
    }

    /** Any thread: neither closing nor closed. */
    boolean isOpen() {
        synchronized (connection) {
            return !closing && !closed;
        }
    }

    // under the connection's lock
    boolean closingOrClosed() {
        return closing || closed;
    }

    // under the connection's lock
    boolean closing() {
        return closing;
    }

    // under the connection's lock
    boolean closed() {
        return closed;
    }

    // under the connection's lock: the peer's bytes are dropped (our output ended, or a refusal)
    boolean lingering() {
        return lingering;
    }

    /**
     * Stops reading, writes what is queued, ends the output and waits for the peer's end (all within the grace
     * period), then closes with {@code reason}.
     */
    void closeGracefully(CloseReason closeReason, String closeDetail) {
        synchronized (connection) {
            if (closing || closed) {
                return;
            }
            closing = true;
            reason = closeReason;
            detail = closeDetail;
            if (writes().nothingToWrite() || connection.key() == null) {
                drained();
            } else {
                try {
                    writes().writeOnly();
                } catch (CancelledKeyException e) {
                    finish();
                }
            }
            if (closed) {
                return;
            }
        }
        loop.execute(() -> loop.watchClosing(connection, graceMillis));
    }

    /** Writes {@code line} (with its line end) in clear text, then closes; the connection never opens. */
    void refuse(String line) {
        synchronized (connection) {
            if (closing || closed) {
                return;
            }
            closing = true;
            lingering = true;
            reason = CloseReason.ERROR;
            detail = "refused: " + line.strip();
        }
        writes().sendWire(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
        synchronized (connection) {
            if (!closed && !writes().wirePending()) {
                drained();
            }
        }
        loop.watchClosing(connection, LINGER_MILLIS);
    }

    /** Closes at once, dropping what is queued. */
    void abort(CloseReason closeReason, String closeDetail) {
        synchronized (connection) {
            if (closed) {
                return;
            }
            if (!closing) {
                reason = closeReason;
                detail = closeDetail;
            }
            closing = true;
            finish();
        }
    }

    /**
     * Under the connection's lock, closing with nothing left to write: the peer gets our end of the stream (after the
     * codec's goodbye) and time to read what it was sent; the socket closes when the peer ends its side, its bytes
     * dropped meanwhile, or when the close's time is up. Closed at once with the peer's bytes unread, the socket would
     * be reset, and a reset makes the peer's system drop what it had not read yet: the last lines we sent (a refusal,
     * the reason of a close), or, from a client, its own leave ({@code {quit}}), which the original server then never
     * read and kept a member that had gone.
     */
    void drained() {
        if (connection.key() == null) {
            finish(); // never registered: nothing was sent, nothing to wait for
            return;
        }
        if (!lingering) {
            sayGoodbye();
            lingering = true;
        }
        try {
            writes().stopWriting();
            channel.shutdownOutput();
            connection.key().interestOps(SelectionKey.OP_READ);
        } catch (IOException | CancelledKeyException e) {
            finish();
        }
    }

    // under the connection's lock: best effort, never blocks
    private void sayGoodbye() {
        if (codec.transparent() || connection.key() == null) {
            return;
        }
        try {
            ByteBuffer wire = ByteBuffer.allocate(WritePath.WIRE_BYTES);
            codec.goodbye(wire);
            wire.flip();
            channel.write(wire);
        } catch (IOException | RuntimeException e) {
            // closing anyway
        }
    }

    // under the connection's lock
    private void finish() {
        closed = true;
        writes().discard();
        SelectionKey key = connection.key();
        if (key != null) {
            key.cancel();
        }
        try {
            channel.close();
        } catch (IOException e) {
            // closing anyway; nothing more to do
        }
        codec.released();
        connection.closedFor(reason, detail);
    }

    private WritePath writes() {
        return connection.writes();
    }
}
