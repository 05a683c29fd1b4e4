package org.chatroom.transport.socket.connection;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.function.Consumer;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * What lies between a connection's socket and its frames: nothing for plain TCP, TLS records for TLS. One codec per
 * connection. All methods but {@link #encode} and {@link #goodbye} run on the connection's I/O loop thread;
 * {@link #encode} and {@link #goodbye} run under the connection's lock on any thread (the {@link Context} object's
 * monitor: a codec that produces wire bytes while decoding takes it too, so that bytes reach the socket in the order
 * they were produced).
 */
@ConsumerType
public interface ByteCodec {

    /** What a codec may ask of its connection (I/O loop thread only). */
    interface Context {

        /**
         * The codec is ready for application bytes (at once for plain TCP, after the handshake for TLS).
         *
         * @return whether {@link #decode} should go on decoding the bytes it holds now (false: stop, keep them)
         */
        boolean established();

        /** Writes {@code wire} (handshake bytes) to the socket ahead of anything queued later. */
        void sendWire(ByteBuffer wire);

        /**
         * Writes {@code reason} in clear text, in the listener's
         * {@link org.chatroom.api.transport.TransportLimits#refusalLine line}, then closes; the connection never opens.
         */
        void refuse(String reason);

        /** Closes at once with {@link org.chatroom.api.transport.CloseReason#ERROR} and {@code detail}. */
        void fail(String detail);

        /** Runs {@code task} on the loop thread after {@code delayMillis}, if the connection is still open. */
        void schedule(long delayMillis, Runnable task);

        /** Scratch buffers of the calling loop, for the duration of one call. */
        IoLoop.Scratch scratch();
    }

    /** Called once the connection is registered. Plain: {@code context.established()}; TLS: arms timers. */
    void start(Context context) throws IOException;

    /**
     * Bytes read from the socket. Decoded application bytes go to {@code plain} (which consumes them before it
     * returns); bytes of an incomplete record are kept for the next call. An empty {@code wire} asks to decode what
     * is kept.
     *
     * @throws java.io.EOFException when the peer ended the session (reported as a peer close)
     * @throws IOException          on a protocol violation (the connection is closed with the message)
     */
    void decode(ByteBuffer wire, Context context, Consumer<ByteBuffer> plain) throws IOException;

    /** Whether application bytes are wire bytes (no copy, no {@link #encode}). */
    boolean transparent();

    /**
     * Encodes application bytes from {@code plain} into {@code wire} while both have room.
     *
     * @return application bytes consumed
     */
    int encode(ByteBuffer plain, ByteBuffer wire) throws IOException;

    /** The bytes that end a session politely (TLS close_notify) into {@code wire}; nothing for plain TCP. */
    void goodbye(ByteBuffer wire);

    /**
     * The connection has closed: the codec frees what it holds outside the heap (a native TLS engine). Called once,
     * under the connection's lock; the codec may still be called afterwards by a call in progress and must then fail
     * cleanly. Nothing to do by default.
     *
     * @since 1.3
     */
    default void released() {
        // nothing held outside the heap
    }
}
