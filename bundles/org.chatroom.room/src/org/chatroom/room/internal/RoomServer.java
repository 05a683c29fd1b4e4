package org.chatroom.room.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.chatroom.api.room.RoomStatus;
import org.chatroom.api.room.TlsListener;
import org.chatroom.api.transport.Endpoint;
import org.chatroom.api.transport.SecureEndpoint;
import org.chatroom.api.transport.ServerTransport;
import org.chatroom.protocol.NameRules;
import org.osgi.service.log.Logger;

/**
 * A running room: the member registry listening on one endpoint of a transport, and optionally on a second one
 * (TLS) feeding the same room.
 */
public final class RoomServer {

    private final Room room;
    private final Endpoint endpoint;
    private final Endpoint tlsEndpoint; // may be null
    private final ScheduledExecutorService timer;

    private RoomServer(Room room, Endpoint endpoint, Endpoint tlsEndpoint, ScheduledExecutorService timer) {
        this.room = room;
        this.endpoint = endpoint;
        this.tlsEndpoint = tlsEndpoint;
        this.timer = timer;
    }

    /** Starts listening on {@code bind}, without TLS, password or bans. */
    public static RoomServer open(ServerTransport transport, InetSocketAddress bind, RoomLimits limits, Logger logger)
            throws IOException {
        return open(transport, bind, null, null, limits, RoomAccess.open(), logger);
    }

    /** Starts listening on {@code bind}, without TLS. */
    public static RoomServer open(ServerTransport transport, InetSocketAddress bind, RoomLimits limits,
            RoomAccess access, Logger logger) throws IOException {
        return open(transport, bind, null, null, limits, access, logger);
    }

    /**
     * Starts listening on {@code bind} and, when {@code tlsTransport} is given, on {@code tlsBind} through it too;
     * members of both endpoints meet in one room.
     */
    public static RoomServer open(ServerTransport transport, InetSocketAddress bind, ServerTransport tlsTransport,
            InetSocketAddress tlsBind, RoomLimits limits, RoomAccess access, Logger logger) throws IOException {
        Room room = new Room(access.bans());
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "chatroom-handshake-timer");
            thread.setDaemon(true);
            return thread;
        });
        RoomHandler handler = new RoomHandler(room, limits, access, timer, logger);
        Endpoint endpoint = null;
        try {
            endpoint = transport.listen(bind, limits.transportLimits(), handler);
            Endpoint tlsEndpoint = tlsTransport == null ? null
                    : tlsTransport.listen(tlsBind, limits.transportLimits(), handler);
            return new RoomServer(room, endpoint, tlsEndpoint, timer);
        } catch (IOException | RuntimeException e) {
            if (endpoint != null) {
                endpoint.close();
            }
            timer.shutdownNow();
            throw e;
        }
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

    /**
     * Removes the member called {@code name}: the others see it leave for {@code leaveReason}, it gets
     * {@code byeText} and is closed. @return whether there was such a member
     */
    public boolean kick(String name, String leaveReason, String byeText) {
        String key = NameRules.key(name);
        return !room.remove(member -> key.equals(NameRules.key(member.name())), leaveReason,
                Encoders.refusal(byeText)).isEmpty();
    }

    /** Removes every member matching a ban on {@code nameOrAddress}; @return the names removed */
    public List<String> removeMatching(String nameOrAddress, String leaveReason, String byeText) {
        return room.remove(member -> Bans.covers(nameOrAddress, member.name(), member.address()), leaveReason,
                Encoders.refusal(byeText));
    }

    /** Tells every member {@code reason}, closes them all and stops listening. */
    public void stop(String reason) {
        timer.shutdownNow();
        room.stop(reason);
        endpoint.close();
        if (tlsEndpoint != null) {
            tlsEndpoint.close();
        }
    }
}
