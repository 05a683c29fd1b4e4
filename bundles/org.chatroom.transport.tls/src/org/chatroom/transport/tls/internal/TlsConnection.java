package org.chatroom.transport.tls.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javax.net.ssl.SSLSocket;

import org.chatroom.api.transport.CloseReason;
import org.chatroom.api.transport.ConnectionAcceptor;
import org.chatroom.api.transport.ConnectionHandler;
import org.chatroom.api.transport.Framing;
import org.chatroom.api.transport.SecureConnection;
import org.chatroom.api.transport.TransportLimits;
import org.chatroom.transport.socket.internal.FrameDecoder;
import org.osgi.service.log.Logger;

/**
 * A TLS connection over a blocking {@link SSLSocket}: a reader thread (which calls the handler, so handler calls
 * are never concurrent) and a writer thread draining a bounded outbound queue. {@link #send(byte[])} never blocks;
 * a peer that stops reading fills the queue and is cut off as a slow reader. Closing for good closes the plain
 * socket underneath, which ends both threads at once.
 */
public final class TlsConnection implements SecureConnection, FrameDecoder.Sink {

    private static final int READ_BYTES = 16 * 1024;
    private static final int WRITE_BATCH_BYTES = 16 * 1024;

    private final String id;
    private final Socket raw;
    private final InetSocketAddress remote;
    private volatile ConnectionHandler handler; // null until opened on the server side
    private final TransportLimits limits;
    private final long graceMillis;
    private final ScheduledExecutorService timer;
    private final Consumer<TlsConnection> onClosed;
    private final Logger logger;
    private final FrameDecoder decoder;
    private volatile Framing framing = Framing.CHUNKS;
    private volatile SSLSocket tls;
    private volatile String peerFingerprint = "";
    private volatile boolean pinnedNow;

    // guarded by this
    private final ArrayDeque<byte[]> queue = new ArrayDeque<>();
    private long queuedBytes;
    private boolean closing;
    private boolean closed;
    private CloseReason closeReason;
    private String closeDetail;

    TlsConnection(String id, Socket raw, ConnectionHandler handler, TransportLimits limits, long graceMillis,
            ScheduledExecutorService timer, Consumer<TlsConnection> onClosed, Logger logger) {
        this.id = id;
        this.raw = raw;
        this.remote = (InetSocketAddress) raw.getRemoteSocketAddress();
        this.handler = handler;
        this.limits = limits;
        this.graceMillis = graceMillis;
        this.timer = timer;
        this.onClosed = onClosed;
        this.logger = logger;
        this.decoder = new FrameDecoder(limits.maxFrameBytes());
    }

    /** The handshake is done: the connection reads and writes through {@code socket}. */
    void established(SSLSocket socket, String fingerprint, boolean pinned) {
        this.tls = socket;
        this.peerFingerprint = fingerprint;
        this.pinnedNow = pinned;
    }

    /** Client side, after {@code opened} returned: starts reading and writing. */
    void start() {
        startWriter();
        thread(this::readAndReport, "reader").start();
    }

    /** Starts the writer thread (the reader is the calling thread, or started by {@link #start()}). */
    void startWriter() {
        thread(this::writeLoop, "writer").start();
    }

    Thread thread(Runnable body, String role) {
        Thread thread = new Thread(body, "chatroom-tls-" + id + "-" + role);
        thread.setDaemon(true);
        return thread;
    }

    /** Reader thread: delivers frames until the connection ends, then reports {@code closed} once. */
    void readAndReport() {
        byte[] buffer = new byte[READ_BYTES];
        try {
            InputStream in = tls.getInputStream();
            while (true) {
                int count = in.read(buffer);
                if (count < 0) {
                    peerEnded();
                    break;
                }
                decoder.feed(ByteBuffer.wrap(buffer, 0, count), this);
            }
        } catch (IOException e) {
            abort(CloseReason.ERROR, "read failed: " + e.getMessage());
        } catch (RuntimeException e) {
            logger.error("connection {}: handler failed, closing it", id, e);
            abort(CloseReason.ERROR, "handler failed: " + e);
        }
        CloseReason reason;
        String detail;
        synchronized (this) {
            reason = closeReason;
            detail = closeDetail;
        }
        try {
            ConnectionHandler opened = handler;
            if (opened != null) { // a connection whose acceptor failed never opened
                opened.closed(this, reason, detail);
            }
        } catch (RuntimeException e) {
            logger.error("connection {}: handler failed on close", id, e);
        } finally {
            onClosed.accept(this);
        }
    }

    /** The peer ended its side: a closing connection still writes what is queued (bounded by the grace period). */
    private void peerEnded() {
        synchronized (this) {
            if (!closing) {
                abort(CloseReason.PEER, "closed by peer");
                return;
            }
            while (!closed) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    abort(CloseReason.ERROR, "interrupted");
                }
            }
        }
    }

    private void writeLoop() {
        byte[] batch = new byte[WRITE_BATCH_BYTES];
        try {
            OutputStream out = tls.getOutputStream();
            while (true) {
                byte[] single = null;
                int length = 0;
                synchronized (this) {
                    while (queue.isEmpty() && !closing) {
                        wait();
                    }
                    if (closed) {
                        return;
                    }
                    if (queue.isEmpty()) {
                        break; // closing with everything written
                    }
                    if (queue.peek().length >= WRITE_BATCH_BYTES) {
                        single = queue.poll();
                    } else {
                        while (!queue.isEmpty() && length + queue.peek().length <= WRITE_BATCH_BYTES) {
                            byte[] chunk = queue.poll();
                            System.arraycopy(chunk, 0, batch, length, chunk.length);
                            length += chunk.length;
                        }
                    }
                }
                if (single != null) {
                    out.write(single);
                    length = single.length;
                } else {
                    out.write(batch, 0, length);
                }
                out.flush();
                synchronized (this) {
                    queuedBytes -= length;
                }
            }
            tls.close(); // close_notify; a peer that does not take it is cut off by the grace timer
            synchronized (this) {
                finish();
            }
        } catch (IOException e) {
            abort(CloseReason.ERROR, "write failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abort(CloseReason.ERROR, "interrupted");
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
    public String peerFingerprint() {
        return peerFingerprint;
    }

    @Override
    public boolean pinnedNow() {
        return pinnedNow;
    }

    @Override
    public boolean send(byte[] data) {
        synchronized (this) {
            if (closing || closed) {
                return false;
            }
            long waiting = queuedBytes + data.length;
            if (waiting > limits.maxQueuedBytes()) {
                abort(CloseReason.SLOW_READER,
                        "outbound queue full: " + waiting + " bytes waiting, limit " + limits.maxQueuedBytes());
                return false;
            }
            if (queue.isEmpty()) {
                notifyAll();
            }
            queue.add(data);
            queuedBytes = waiting;
        }
        return true;
    }

    @Override
    public void setFraming(Framing framing) {
        this.framing = framing;
    }

    @Override
    public void close(String detail) {
        closeGracefully(CloseReason.LOCAL, detail);
    }

    /** Stops delivering frames, writes what is queued (at most the grace period), then closes with {@code reason}. */
    void closeGracefully(CloseReason reason, String detail) {
        synchronized (this) {
            if (closing || closed) {
                return;
            }
            closing = true;
            closeReason = reason;
            closeDetail = detail;
            if (tls == null) {
                finish();
                return;
            }
            notifyAll();
        }
        try {
            timer.schedule(() -> abort(CloseReason.ERROR, "close grace period expired with data unsent"),
                    graceMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            abort(reason, detail); // the transport is stopping: no grace
        }
    }

    @Override
    public synchronized boolean isOpen() {
        return !closing && !closed;
    }

    /** Closes at once, dropping what is queued; the reader thread reports it. */
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

    // under this lock
    private void finish() {
        closed = true;
        queue.clear();
        queuedBytes = 0;
        notifyAll();
        try {
            raw.close();
        } catch (IOException e) {
            // closing anyway
        }
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
    public String toString() {
        return id + " " + remote;
    }

    /** Asks {@code acceptor} for this connection's handler and calls its {@code opened} (server side). */
    void opened(ConnectionAcceptor acceptor) {
        handler = acceptor.accept(this);
        handler.opened(this);
    }
}
