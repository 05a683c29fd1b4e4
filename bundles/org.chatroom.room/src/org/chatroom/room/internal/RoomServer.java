package org.chatroom.room.internal;

import java.io.IOException;
import java.net.InetSocketAddress;

import org.chatroom.api.room.RoomStatus;
import org.chatroom.api.transport.Endpoint;
import org.chatroom.api.transport.ServerTransport;
import org.osgi.service.log.Logger;

/** A running room: the member registry listening on one endpoint of a transport. */
public final class RoomServer {

    private final Room room;
    private final Endpoint endpoint;

    private RoomServer(Room room, Endpoint endpoint) {
        this.room = room;
        this.endpoint = endpoint;
    }

    /** Starts listening on {@code bind}. */
    public static RoomServer open(ServerTransport transport, InetSocketAddress bind, RoomLimits limits, Logger logger)
            throws IOException {
        Room room = new Room();
        Endpoint endpoint = transport.listen(bind, limits.transportLimits(), new RoomHandler(room, limits, logger));
        return new RoomServer(room, endpoint);
    }

    public RoomStatus status() {
        return room.status(endpoint.localAddress());
    }

    /** Tells every member {@code reason}, closes them all and stops listening. */
    public void stop(String reason) {
        room.stop(reason);
        endpoint.close();
    }
}
