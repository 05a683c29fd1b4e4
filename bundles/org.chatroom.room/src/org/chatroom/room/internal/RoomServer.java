package org.chatroom.room.internal;

import java.io.IOException;
import java.net.InetSocketAddress;

import java.util.Optional;

import org.chatroom.api.room.RoomStatus;
import org.chatroom.api.room.TlsListener;
import org.chatroom.api.transport.Endpoint;
import org.chatroom.api.transport.SecureEndpoint;
import org.chatroom.api.transport.ServerTransport;
import org.osgi.service.log.Logger;

/**
 * A running room: the member registry listening on one endpoint of a transport, and optionally on a second one
 * (TLS) feeding the same room.
 */
public final class RoomServer {

    private final Room room;
    private final Endpoint endpoint;
    private final Endpoint tlsEndpoint; // may be null

    private RoomServer(Room room, Endpoint endpoint, Endpoint tlsEndpoint) {
        this.room = room;
        this.endpoint = endpoint;
        this.tlsEndpoint = tlsEndpoint;
    }

    /** Starts listening on {@code bind}. */
    public static RoomServer open(ServerTransport transport, InetSocketAddress bind, RoomLimits limits, Logger logger)
            throws IOException {
        return open(transport, bind, null, null, limits, logger);
    }

    /**
     * Starts listening on {@code bind} and, when {@code tlsTransport} is given, on {@code tlsBind} through it too;
     * members of both endpoints meet in one room.
     */
    public static RoomServer open(ServerTransport transport, InetSocketAddress bind, ServerTransport tlsTransport,
            InetSocketAddress tlsBind, RoomLimits limits, Logger logger) throws IOException {
        Room room = new Room();
        RoomHandler handler = new RoomHandler(room, limits, logger);
        Endpoint endpoint = transport.listen(bind, limits.transportLimits(), handler);
        Endpoint tlsEndpoint = null;
        if (tlsTransport != null) {
            try {
                tlsEndpoint = tlsTransport.listen(tlsBind, limits.transportLimits(), handler);
            } catch (IOException | RuntimeException e) {
                endpoint.close();
                throw e;
            }
        }
        return new RoomServer(room, endpoint, tlsEndpoint);
    }

    /** Where TLS members connect and the certificate's fingerprint, when listening with TLS. */
    public Optional<TlsListener> tlsListener() {
        if (tlsEndpoint instanceof SecureEndpoint secure) {
            return Optional.of(new TlsListener(secure.localAddress(), secure.fingerprint()));
        }
        return Optional.empty();
    }

    public RoomStatus status() {
        return room.status(endpoint.localAddress());
    }

    /** Tells every member {@code reason}, closes them all and stops listening. */
    public void stop(String reason) {
        room.stop(reason);
        endpoint.close();
        if (tlsEndpoint != null) {
            tlsEndpoint.close();
        }
    }
}
