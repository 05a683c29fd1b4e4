package org.chatroom.room.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.chatroom.api.room.RoomStatus;
import org.chatroom.api.transport.Endpoint;
import org.chatroom.api.transport.ServerTransport;
import org.chatroom.protocol.NameRules;
import org.osgi.service.log.Logger;

/** A running room: the member registry listening on one endpoint of a transport. */
public final class RoomServer {

    private final Room room;
    private final Endpoint endpoint;
    private final ScheduledExecutorService timer;

    private RoomServer(Room room, Endpoint endpoint, ScheduledExecutorService timer) {
        this.room = room;
        this.endpoint = endpoint;
        this.timer = timer;
    }

    /** Starts listening on {@code bind}, without password or bans. */
    public static RoomServer open(ServerTransport transport, InetSocketAddress bind, RoomLimits limits, Logger logger)
            throws IOException {
        return open(transport, bind, limits, RoomAccess.open(), logger);
    }

    /** Starts listening on {@code bind}. */
    public static RoomServer open(ServerTransport transport, InetSocketAddress bind, RoomLimits limits,
            RoomAccess access, Logger logger) throws IOException {
        Room room = new Room(access.bans());
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "chatroom-handshake-timer");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Endpoint endpoint = transport.listen(bind, limits.transportLimits(),
                    new RoomHandler(room, limits, access, timer, logger));
            return new RoomServer(room, endpoint, timer);
        } catch (IOException | RuntimeException e) {
            timer.shutdownNow();
            throw e;
        }
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
        Optional<InetAddress> address = Bans.address(nameOrAddress.strip());
        String key = NameRules.key(nameOrAddress.strip());
        return room.remove(member -> address.isPresent() ? address.get().equals(member.address())
                : key.equals(NameRules.key(member.name())), leaveReason, Encoders.refusal(byeText));
    }

    /** Tells every member {@code reason}, closes them all and stops listening. */
    public void stop(String reason) {
        timer.shutdownNow();
        room.stop(reason);
        endpoint.close();
    }
}
