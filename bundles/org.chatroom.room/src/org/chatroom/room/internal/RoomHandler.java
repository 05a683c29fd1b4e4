package org.chatroom.room.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.transport.CloseReason;
import org.chatroom.api.transport.Connection;
import org.chatroom.api.transport.ConnectionHandler;
import org.osgi.service.log.Logger;

/** Gives every connection a {@link Session} of the room and passes the transport's calls to it. */
final class RoomHandler implements ConnectionHandler {

    private final Room room;
    private final RoomLimits limits;
    private final RoomAccess access;
    private final ScheduledExecutorService timer;
    private final Logger logger;
    private final MemberCommands commands;
    private final Map<Connection, Session> sessions = new ConcurrentHashMap<>();

    RoomHandler(Room room, RoomLimits limits, RoomAccess access, ScheduledExecutorService timer, Logger logger) {
        this.room = room;
        this.limits = limits;
        this.access = access;
        this.timer = timer;
        this.logger = logger;
        this.commands = new MemberCommands(room, limits, logger);
    }

    @Override
    public void opened(Connection connection) {
        Session session = new Session(connection, room, limits, access, commands, logger);
        sessions.put(connection, session);
        if (session.opened()) {
            long millis = access.handshakeTimeout().toMillis();
            try {
                session.handshakeTimeout(timer.schedule(() -> expire(session), millis, TimeUnit.MILLISECONDS));
            } catch (RejectedExecutionException e) {
                connection.close("room stopped");
            }
        }
    }

    private void expire(Session session) {
        long seconds = access.handshakeTimeout().toSeconds();
        if (room.expire(session, Encoders.refusal(Messages.get("bye.handshakeTimeout", seconds)))) {
            logger.info("{} ({}) closed: no name within {} s", session.connection().id(),
                    session.connection().remoteAddress(), seconds);
        }
    }

    @Override
    public void received(Connection connection, byte[] frame) {
        Session session = sessions.get(connection);
        if (session != null) {
            session.received(frame);
        }
    }

    @Override
    public void frameTooLong(Connection connection, int limit) {
        Session session = sessions.get(connection);
        if (session != null) {
            session.frameTooLong(limit);
        }
    }

    @Override
    public void closed(Connection connection, CloseReason reason, String detail) {
        Session session = sessions.remove(connection);
        if (session != null) {
            session.closed(reason, detail);
        }
    }
}
