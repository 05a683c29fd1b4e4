package org.chatroom.room.internal;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.transport.CloseReason;
import org.chatroom.api.transport.Connection;
import org.chatroom.api.transport.ConnectionAcceptor;
import org.chatroom.api.transport.ConnectionHandler;
import org.osgi.service.log.Logger;

/** Gives every connection a {@link Session} of the room, and the transport a handler that drives that session. */
final class RoomHandler implements ConnectionAcceptor {

    private final Lobby lobby;
    private final RoomLimits limits;
    private final RoomAccess access;
    private final ScheduledExecutorService timer;
    private final Logger logger;
    private final MemberCommands commands;
    private final RoomCommands roomCommands;
    private final OrderedConnection.Lanes lanes = new OrderedConnection.Lanes();

    RoomHandler(Lobby lobby, RoomLimits limits, RoomAccess access, ScheduledExecutorService timer,
            Executor readers, Logger logger) {
        this.lobby = lobby;
        this.limits = limits;
        this.access = access;
        this.timer = timer;
        this.logger = logger;
        this.commands = new MemberCommands(lobby, limits, logger);
        this.roomCommands = new RoomCommands(lobby, readers, access.throttle(), logger);
    }

    /** The lanes of the transport's threads, which front ends' members share with the room's own connections. */
    OrderedConnection.Lanes lanes() {
        return lanes;
    }

    /** Waits (at most {@code millis}) until what was queued for the members on the transport's threads has run. */
    void drain(long millis) {
        lanes.drain(millis);
    }

    @Override
    public ConnectionHandler accept(Connection connection) {
        Session session = new Session(lanes.ordered(connection), lobby, limits, access, commands, roomCommands, logger);
        return new ConnectionHandler() {
            @Override
            public void opened(Connection opened) {
                start(session);
            }

            @Override
            public void received(Connection from, byte[] frame) {
                session.received(frame);
            }

            @Override
            public void frameTooLong(Connection from, int limit) {
                session.frameTooLong(limit);
            }

            @Override
            public void closed(Connection closed, CloseReason reason, String detail) {
                session.closed(reason, detail);
            }
        };
    }

    private void start(Session session) {
        if (session.opened()) {
            long millis = access.handshakeTimeout().toMillis();
            try {
                session.handshakeTimeout(timer.schedule(() -> expire(session), millis, TimeUnit.MILLISECONDS));
            } catch (RejectedExecutionException e) {
                session.connection().close("room stopped");
            }
        }
    }

    private void expire(Session session) {
        long seconds = access.handshakeTimeout().toSeconds();
        if (lobby.expire(session, Encoders.refusal(Messages.get("bye.handshakeTimeout", seconds)))) {
            logger.info("{} ({}) closed: no name within {} s", session.connection().id(),
                    session.connection().remoteAddress(), seconds);
        }
    }
}
