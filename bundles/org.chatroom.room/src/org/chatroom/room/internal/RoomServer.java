package org.chatroom.room.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.log.ClusterPresence;
import org.chatroom.api.log.RoomLog;
import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.api.room.RoomStatus;
import org.chatroom.api.room.TlsListener;
import org.chatroom.api.transport.Endpoint;
import org.chatroom.api.transport.SecureEndpoint;
import org.chatroom.api.transport.ServerTransport;
import org.chatroom.protocol.NameRules;
import org.chatroom.room.member.MemberService;
import org.osgi.service.log.Logger;

/**
 * A running server of rooms: the members and their rooms (kept in a room log) listening on one endpoint of a
 * transport, and optionally on a second one (TLS) feeding the same rooms.
 */
public final class RoomServer {

    /** Threads reading history from the room log, so that a slow read never holds a connection's thread. */
    private static final int READERS = 2;
    /** How long a stop waits for the goodbyes queued on the transport's threads before closing the endpoints. */
    private static final long STOP_DRAIN_MILLIS = 2_000;

    private final Lobby lobby;
    private final Endpoint endpoint;
    private final Endpoint tlsEndpoint; // may be null
    private final ScheduledExecutorService timer;
    private final ExecutorService readers;
    private final MemberGateway members;
    private final RoomHandler handler;
    private final ClusterWatch watch;

    private RoomServer(Lobby lobby, ClusterWatch watch, RoomHandler handler, Endpoint endpoint, Endpoint tlsEndpoint,
            ScheduledExecutorService timer, ExecutorService readers, MemberGateway members) {
        this.lobby = lobby;
        this.watch = watch;
        this.handler = handler;
        this.endpoint = endpoint;
        this.tlsEndpoint = tlsEndpoint;
        this.timer = timer;
        this.readers = readers;
        this.members = members;
    }

    /** Starts listening on {@code bind}, without TLS, password or bans, with the default room policy. */
    public static RoomServer open(ServerTransport transport, InetSocketAddress bind, RoomLog log, RoomLimits limits,
            Logger logger) throws IOException {
        return open(transport, bind, null, null, log, limits, RoomPolicy.DEFAULT, RoomAccess.open(), logger);
    }

    /** Starts listening on {@code bind}, without TLS. */
    public static RoomServer open(ServerTransport transport, InetSocketAddress bind, RoomLog log, RoomLimits limits,
            RoomPolicy policy, RoomAccess access, Logger logger) throws IOException {
        return open(transport, bind, null, null, log, limits, policy, access, logger);
    }

    /**
     * Starts listening on {@code bind} and, when {@code tlsTransport} is given, on {@code tlsBind} through it too;
     * members of both endpoints meet in the same rooms. The rooms the log remembers are restored first.
     *
     * @throws IOException when an address cannot be bound, or the room log is unavailable (the rooms do not run
     *                     without their history)
     */
    public static RoomServer open(ServerTransport transport, InetSocketAddress bind, ServerTransport tlsTransport,
            InetSocketAddress tlsBind, RoomLog log, RoomLimits limits, RoomPolicy policy, RoomAccess access,
            Logger logger) throws IOException {
        return open(transport, bind, tlsTransport, tlsBind, log, null, limits, policy, access, logger);
    }

    /**
     * As above, as a node of a cluster when {@code presence} is given: the servers sharing {@code log} (a distributed
     * log) serve the same rooms, with names unique across them and member lists that include their members, and
     * share the server-wide bans ({@link ClusterWatch}: the cluster's list replaces {@code access}' bans, unless the
     * cluster has none yet, which then gets them).
     */
    public static RoomServer open(ServerTransport transport, InetSocketAddress bind, ServerTransport tlsTransport,
            InetSocketAddress tlsBind, RoomLog log, ClusterPresence presence, RoomLimits limits, RoomPolicy policy,
            RoomAccess access, Logger logger) throws IOException {
        Lobby lobby = new Lobby(access.bans(), log, Cluster.of(presence, logger), policy, limits, logger);
        ClusterWatch watch = presence == null ? null : new ClusterWatch(lobby, logger);
        synchronized (lobby.lock) {
            try {
                lobby.rooms().restore();
                if (watch != null) {
                    watch.start();
                }
            } catch (RoomLogException e) {
                lobby.rooms().closeAll();
                throw new IOException(Messages.get("log.unavailable", e.getMessage()), e);
            } catch (RuntimeException e) {
                lobby.rooms().closeAll();
                throw e;
            }
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "chatroom-handshake-timer");
            thread.setDaemon(true);
            return thread;
        });
        ExecutorService readers = Executors.newFixedThreadPool(READERS, r -> {
            Thread thread = new Thread(r, "chatroom-history-reader");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(lobby::retryOwed, 1, 1, TimeUnit.SECONDS);
        timer.scheduleWithFixedDelay(lobby.rooms().cluster()::sendPendingBans, 1, 1, TimeUnit.SECONDS);
        RoomHandler handler = new RoomHandler(lobby, limits, access, timer, readers, logger);
        Endpoint endpoint = null;
        try {
            endpoint = transport.listen(bind, limits.transportLimits(), handler);
            Endpoint tlsEndpoint = tlsTransport == null ? null
                    : tlsTransport.listen(tlsBind, limits.transportLimits(), handler);
            MemberGateway members = new MemberGateway(new MemberAdapter.Core(lobby, limits, access,
                    new MemberCommands(lobby, limits, logger),
                    new RoomCommands(lobby, readers, access.throttle(), logger), readers, handler.lanes(), logger));
            return new RoomServer(lobby, watch, handler, endpoint, tlsEndpoint, timer, readers, members);
        } catch (IOException | RuntimeException e) {
            if (watch != null) {
                watch.stop();
            }
            if (endpoint != null) {
                endpoint.close();
            }
            timer.shutdownNow();
            readers.shutdownNow();
            lobby.stop("");
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

    /** Where front ends in other bundles (IRC) bring their members into these rooms. */
    public MemberService members() {
        return members;
    }

    /** Tells the front ends why the rooms stop, before their member service goes ({@link #stop} follows). */
    public void stopping(String reason) {
        members.stopping(reason);
    }

    /** The host's operations on the rooms. */
    public RoomAdmin admin() {
        return new RoomAdmin(lobby);
    }

    public RoomStatus status() {
        return lobby.status(endpoint.localAddress());
    }

    /** Every member with a name on this server, in any room or none. */
    public List<String> connected() {
        return lobby.connected();
    }

    /**
     * Removes the member called {@code name}: the others see it leave for {@code leaveReason}, removed by the server
     * ({@code RoomEvent.SERVER}: the host is no member, and a member may be called as the host is shown), it gets
     * {@code byeText} and is closed. @return whether there was such a member
     */
    public boolean kick(String name, String leaveReason, String byeText) {
        String key = NameRules.key(name);
        return !lobby.remove(member -> key.equals(NameRules.key(member.name())), leaveReason,
                RoomEvent.SERVER, Encoders.refusal(byeText)).isEmpty();
    }

    /** Removes every member matching a ban on {@code nameOrAddress}; @return the names removed */
    public List<String> removeMatching(String nameOrAddress, String leaveReason, String byeText) {
        return lobby.remove(member -> Bans.covers(nameOrAddress, member.name(), member.address()), leaveReason,
                RoomEvent.SERVER, Encoders.refusal(byeText));
    }

    /**
     * Bans {@code nameOrAddress} server-wide (in the bans this server was opened with, and on the other servers of its
     * cluster: at once, or once Redis answers again when this server is cut off from it) and removes every member it
     * covers here; @return the names removed here
     *
     * @throws IllegalArgumentException when it is empty or an invalid address
     */
    public List<String> ban(String nameOrAddress, String leaveReason, String byeText) {
        lobby.bans().add(nameOrAddress);
        lobby.rooms().cluster().ban(nameOrAddress.strip());
        return removeMatching(nameOrAddress, leaveReason, byeText);
    }

    /** The server-wide ban spelled {@code entry} (as the bans list it) was lifted: the other servers lift it too. */
    public void unbanned(String entry) {
        lobby.rooms().cluster().unban(entry);
    }

    /** Tells every member {@code reason}, closes them all and stops listening. */
    public void stop(String reason) {
        if (watch != null) {
            watch.stop();
        }
        timer.shutdownNow();
        readers.shutdownNow();
        lobby.stop(reason);
        handler.drain(STOP_DRAIN_MILLIS); // the goodbyes may wait behind room events on the transport's threads
        endpoint.close();
        if (tlsEndpoint != null) {
            tlsEndpoint.close();
        }
    }
}
