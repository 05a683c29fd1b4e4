package org.chatroom.api.transport;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives the life of connections. For one connection the calls are never concurrent and arrive in order:
 * {@code opened}, then frames, then {@code closed} exactly once.
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
