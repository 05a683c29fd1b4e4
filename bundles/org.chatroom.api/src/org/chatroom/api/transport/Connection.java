package org.chatroom.api.transport;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;

import org.osgi.annotation.versioning.ProviderType;

/** One open connection. Thread safe: any thread may send or close. */
@ProviderType
public interface Connection {

    /** Short unique id, for logs. */
    String id();

    InetSocketAddress remoteAddress();

    /**
     * Queues {@code data} to be written exactly as given. Never blocks. When the bytes queued for this connection would
     * exceed {@link TransportLimits#maxQueuedBytes()} the connection is closed with {@link CloseReason#SLOW_READER} and
     * {@code false} is returned; {@code false} is also returned once the connection is closed.
     */
    boolean send(byte[] data);

    /** {@link #send(byte[])} of the UTF-8 bytes of {@code text}. */
    default boolean send(String text) {
        return send(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Changes how incoming bytes are cut into frames, from the next byte read on. */
    void setFraming(Framing framing);

    /** Writes what is queued (bounded by a short grace period), then closes. */
    void close(String detail);

    boolean isOpen();

    /**
     * The thread that serves this connection, as an executor whose tasks run in order, or {@code null} when it has
     * none. A sender with the same bytes for many connections sends cheapest from there, one task per executor, in
     * parallel over the transport's threads. The same object for every connection that thread serves.
     *
     * @since 2.1
     */
    default Executor executor() {
        return null;
    }
}
