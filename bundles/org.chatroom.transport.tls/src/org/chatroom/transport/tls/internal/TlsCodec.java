package org.chatroom.transport.tls.internal;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLEngineResult.Status;
import javax.net.ssl.SSLException;

import org.chatroom.transport.socket.connection.ByteCodec;

/**
 * TLS through an {@link SSLEngine} on the shared I/O loops: no thread of its own. On the server it also tells a
 * plain client in clear text that the port needs TLS (its first byte is not a handshake record, or it says nothing
 * within the probe time), bounds the handshake in time, and refuses a second handshake on TLS 1.2 (renegotiation,
 * spotted by {@link RenegotiationGuard} before the engine sees it). Bytes of an incomplete record are kept per
 * connection (usually none); all buffers a call needs come from the loop's scratch.
 * <p>
 * The expensive steps of the first handshake (the engine's delegated tasks: key agreement, signing or checking the
 * certificate) run on {@code handshakeTasks}, not on the I/O loop, which meanwhile serves its other connections and
 * keeps what this one receives; when they are done the loop goes on with this connection. Tasks of a later handshake
 * message (a TLS 1.3 key update) are small and run on the loop, as they must not overlap {@link #encode} from other
 * threads. The engine is the JDK's or BoringSSL's ({@link ServerEngines}); the latter has no delegated tasks and is
 * released, through {@link #released()}, when the connection closes.
 */
final class TlsCodec implements ByteCodec {

    /** TLS record content type of a handshake message: what every client hello starts with. */
    private static final int HANDSHAKE_RECORD = 22;
    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

    private final SSLEngine engine;
    private final Timing timing;
    private final boolean server;
    private final int packetBytes;
    private final int plainBytes;
    private ByteBuffer kept; // bytes of an incomplete record; loop thread
    private boolean sawFirstByte;
    private boolean established;
    private final Executor handshakeTasks;
    private final Consumer<SSLEngine> release;
    private boolean tasksRunning; // loop thread
    private boolean renegotiable; // loop thread: established on TLS 1.2
    private boolean settle; // loop thread: one more unwrap, without input, may finish the handshake

    /** A client's codec: its delegated tasks run on the loop, its JDK engine needs no release. */
    TlsCodec(SSLEngine engine, Timing timing) {
        this(engine, timing, null, unused -> {
        });
    }

    /**
     * @param handshakeTasks where the first handshake's delegated tasks run; {@code null}: on the loop
     * @param release        frees the engine once the connection closed
     */
    TlsCodec(SSLEngine engine, Timing timing, Executor handshakeTasks, Consumer<SSLEngine> release) {
        this.engine = engine;
        this.timing = timing;
        this.handshakeTasks = handshakeTasks;
        this.release = release;
        this.server = !engine.getUseClientMode();
        this.packetBytes = engine.getSession().getPacketBufferSize();
        this.plainBytes = engine.getSession().getApplicationBufferSize();
    }

    /** A server connection's codec with an engine of {@code engines}, released to them on close. */
    static TlsCodec server(ServerEngines engines, Timing timing, Executor handshakeTasks) {
        return new TlsCodec(engines.create(), timing, handshakeTasks, engines::release);
    }

    SSLEngine engine() {
        return engine;
    }

    @Override
    public void start(Context context) throws IOException {
        engine.beginHandshake();
        if (server) {
            context.schedule(timing.plainProbe(), () -> {
                if (!sawFirstByte) {
                    context.refuse(Messages.get("plain.refused"));
                }
            });
            context.schedule(timing.handshake(), () -> {
                if (!established) {
                    context.fail("TLS handshake not completed within " + timing.handshake() + " ms");
                }
            });
        } else {
            decode(EMPTY, context, plain -> {
            }); // the client hello
        }
    }

    @Override
    public void decode(ByteBuffer wire, Context context, Consumer<ByteBuffer> plain) throws IOException {
        if (server && !sawFirstByte && wire.hasRemaining()) {
            sawFirstByte = true;
            if (wire.get(wire.position()) != HANDSHAKE_RECORD) {
                context.refuse(Messages.get("plain.refused"));
                return;
            }
        }
        ByteBuffer in = withKept(wire, context);
        if (renegotiable && RenegotiationGuard.holdsHandshake(in)) {
            throw new SSLException("TLS renegotiation refused");
        }
        if (tasksRunning) {
            keep(in); // the engine is busy elsewhere: decoded once its tasks are done
            return;
        }
        try {
            while (step(in, context, plain)) {
                // each step unwraps a record, wraps a handshake flight or runs a handshake task
            }
        } catch (SSLException e) {
            sendAlert(context);
            throw e;
        } finally {
            keep(in);
        }
    }

    /** After a failure the engine holds an alert saying why (e.g. protocol_version): the peer gets it, if it can. */
    private void sendAlert(Context context) {
        try {
            ByteBuffer out = context.scratch().wire(packetBytes);
            synchronized (context) {
                engine.wrap(EMPTY, out);
                out.flip();
                context.sendWire(out);
            }
        } catch (SSLException | RuntimeException e) {
            // no alert to send: the connection closes anyway
        }
    }

    /** @return whether to go on */
    private boolean step(ByteBuffer in, Context context, Consumer<ByteBuffer> plain) throws IOException {
        HandshakeStatus status = engine.getHandshakeStatus();
        if (status == HandshakeStatus.NEED_TASK) {
            if (!established && handshakeTasks != null) {
                runTasksElsewhere(context, plain);
                return false;
            }
            Runnable task;
            while ((task = engine.getDelegatedTask()) != null) {
                task.run();
            }
            return true;
        }
        if (status == HandshakeStatus.NEED_WRAP) {
            ByteBuffer out = context.scratch().wire(packetBytes);
            SSLEngineResult result;
            synchronized (context) { // the lock encode() runs under: records reach the socket in the order wrapped
                result = engine.wrap(EMPTY, out);
                out.flip();
                context.sendWire(out);
            }
            if (result.getStatus() == Status.CLOSED) {
                throw new EOFException("TLS session closed");
            }
            return after(result.getHandshakeStatus(), context);
        }
        if (!in.hasRemaining() && status != HandshakeStatus.NEED_UNWRAP_AGAIN && !settle) {
            return false;
        }
        settle = false;
        ByteBuffer out = context.scratch().plain(plainBytes);
        SSLEngineResult result = engine.unwrap(in, out);
        if (result.getStatus() == Status.CLOSED) {
            throw new EOFException("TLS close_notify");
        }
        boolean goOn = after(result.getHandshakeStatus(), context); // before the bytes: the connection opens first
        out.flip();
        if (out.hasRemaining()) {
            plain.accept(out);
        }
        // BoringSSL tells that the handshake finished only at the unwrap after the one that took the last record
        settle = !established && result.bytesConsumed() > 0 && !in.hasRemaining()
                && result.getHandshakeStatus() == HandshakeStatus.NEED_UNWRAP;
        return goOn && result.getStatus() == Status.OK && (in.hasRemaining() || result.bytesProduced() > 0
                || engine.getHandshakeStatus() != HandshakeStatus.NOT_HANDSHAKING);
    }

    /** Runs the engine's tasks on the handshake threads, then decodes what was kept meanwhile on the loop. */
    private void runTasksElsewhere(Context context, Consumer<ByteBuffer> plain) {
        tasksRunning = true;
        handshakeTasks.execute(() -> {
            try {
                Runnable task;
                while ((task = engine.getDelegatedTask()) != null) {
                    task.run();
                }
            } finally {
                context.schedule(0, () -> resume(context, plain));
            }
        });
    }

    /** Loop thread, once the tasks ran: goes on with the handshake (a failed task shows as an SSLException here). */
    private void resume(Context context, Consumer<ByteBuffer> plain) {
        tasksRunning = false;
        try {
            decode(EMPTY, context, plain);
        } catch (IOException e) {
            context.fail(e.getMessage());
        }
    }

    private boolean after(HandshakeStatus status, Context context) {
        if (status == HandshakeStatus.FINISHED && !established) {
            established = true;
            renegotiable = "TLSv1.2".equals(engine.getSession().getProtocol());
            return context.established();
        }
        return true;
    }

    private ByteBuffer withKept(ByteBuffer wire, Context context) {
        if (kept == null) {
            return wire;
        }
        ByteBuffer joined = context.scratch().combined(kept.remaining() + wire.remaining());
        joined.put(kept).put(wire).flip();
        kept = null;
        return joined;
    }

    private void keep(ByteBuffer in) {
        if (in.hasRemaining()) {
            kept = ByteBuffer.allocate(in.remaining());
            kept.put(in).flip();
        }
    }

    @Override
    public boolean transparent() {
        return false;
    }

    @Override
    public int encode(ByteBuffer plain, ByteBuffer wire) throws IOException {
        int consumed = 0;
        while (plain.hasRemaining() && wire.remaining() >= packetBytes) {
            SSLEngineResult result = engine.wrap(plain, wire);
            if (result.getStatus() != Status.OK) {
                throw new SSLException("TLS session " + result.getStatus());
            }
            consumed += result.bytesConsumed();
        }
        return consumed;
    }

    @Override
    public void released() {
        release.accept(engine);
    }

    @Override
    public void goodbye(ByteBuffer wire) {
        engine.closeOutbound();
        try {
            engine.wrap(EMPTY, wire);
        } catch (SSLException e) {
            // leaving anyway
        }
    }
}
