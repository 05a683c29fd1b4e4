package org.chatroom.api.transport;

/** Why a connection ended. */
public enum CloseReason {
    /** Closed by this side through {@link Connection#close(String)}. */
    LOCAL,
    /** The peer closed the connection (end of stream). */
    PEER,
    /** The outbound queue reached its limit: the peer stopped reading. */
    SLOW_READER,
    /** An I/O error, e.g. a reset connection. */
    ERROR,
    /** The endpoint or the transport shut down. */
    SHUTDOWN
}
