package org.chatroom.api.transport;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Gives each accepted connection its own {@link ConnectionHandler}, so a server never looks a connection up to find
 * who handles its frames.
 *
 * @since 2.0
 */
@ConsumerType
@FunctionalInterface
public interface ConnectionAcceptor {

    /**
     * Called once for every accepted connection, from a transport thread, before any of its frames; the transport
     * then calls {@link ConnectionHandler#opened(Connection)} on the returned handler and reports to it alone every
     * frame and the close of this connection.
     *
     * @return the handler of this connection, never {@code null}
     */
    ConnectionHandler accept(Connection connection);
}
