package org.chatroom.api.transport;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives the life of connections. For one connection the calls are never concurrent and arrive in order:
 * {@code opened}, then frames, then {@code closed} exactly once.
 * <p>
 * <b>A handler that throws</b> from {@code opened}, {@code received} or {@code frameTooLong} loses its connection:
 * every transport logs the exception and closes that connection at once (what was queued is dropped) with
 * {@link CloseReason#ERROR} and a detail starting {@code "handler failed: "}, then reports {@code closed}; other
 * connections are unaffected. An exception from {@code closed} is logged only.
 */
@ConsumerType
public interface ConnectionHandler {

    void opened(Connection connection);

    /** A complete frame, without its newline; the bytes are not decoded (they may be invalid UTF-8). */
    void received(Connection connection, byte[] frame);

    /**
     * A frame longer than {@link TransportLimits#maxFrameBytes()} arrived; its bytes were discarded up to the next
     * newline (or, in {@link Framing#CHUNKS}, the end of the read) and the connection stays open.
     */
    void frameTooLong(Connection connection, int limit);

    void closed(Connection connection, CloseReason reason, String detail);
}
