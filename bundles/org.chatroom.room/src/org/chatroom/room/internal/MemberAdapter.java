package org.chatroom.room.internal;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.chatroom.api.log.EventKind;
import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.api.log.RoomStream;
import org.chatroom.protocol.ClientCommand;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.NameRules;
import org.chatroom.protocol.ProtocolException;
import org.chatroom.protocol.RoomCommand;
import org.chatroom.protocol.TextRules;
import org.chatroom.room.member.MemberException;
import org.chatroom.room.member.MemberListener;
import org.chatroom.room.member.MemberSession;
import org.chatroom.room.member.RoomState;
import org.osgi.service.log.Logger;

/**
 * A front end's member: a {@link Session} without bytes (its connection is a {@link MemberConnection}, its listener a
 * {@link MemberRelay}) driven through the same commands as a {@code chatroom/2} client, so that every rule, limit and
 * log of the rooms applies to it unchanged.
 */
final class MemberAdapter implements MemberSession {

    /** Where front ends' members live: the room core and what it takes to act in it. */
    record Core(Lobby lobby, RoomLimits limits, RoomAccess access, MemberCommands commands,
            RoomCommands roomCommands, Executor executor, OrderedConnection.Lanes lanes, Logger logger) {
    }

    private final Core core;
    private final MemberRelay relay;
    private final MemberConnection connection;
    private final Session session;
    private final Admission admission;
    private final PasswordGate gate;

    /** @param loop the transport thread serving the member's connection, or {@code null} */
    MemberAdapter(Core core, InetSocketAddress address, String via, MemberListener listener, Executor loop) {
        this.core = core;
        this.relay = new MemberRelay(listener, loop == null ? null : core.lanes().lane(loop));
        this.connection = new MemberConnection(via, address, this::closedByRoom);
        this.session = new Session(connection, core.lobby(), core.limits(), core.access(), core.commands(),
                core.roomCommands(), core.logger());
        this.session.member(relay);
        this.admission = new Admission(core.limits(), System.nanoTime());
        this.gate = new PasswordGate(core.access().password(), core.access().throttle(), session.address());
    }

    @Override
    public String name() {
        return session.name();
    }

    @Override
    public void register(String name, String password) throws MemberException {
        open();
        if (!session.name().isEmpty()) {
            throw new MemberException(ErrorCode.BAD_COMMAND, Messages.get("member.registered", session.name()));
        }
        admit();
        // none given is said so ("Wrong password" answered an IRC client that sent no PASS)
        passwordChecked(gate.attempt(password), password.isEmpty() ? "error.passwordNeeded" : "error.badPassword");
        var problem = NameRules.check(name, core.limits().maxNameLength()).or(() -> core.lobby().join(session, name));
        if (problem.isPresent()) {
            throw new MemberException(problem.get().code(), problem.get().message());
        }
        if (session.name().isEmpty()) {
            throw new MemberException(ErrorCode.NOT_JOINED, Messages.get("bye.stopped"));
        }
        core.logger().info("{} ({}) joined as {}", connection.id(), connection.remoteAddress(), name);
    }

    private void passwordChecked(PasswordGate.Outcome outcome, String wrongKey) throws MemberException {
        gate.takeReport().ifPresent(core.logger()::warn);
        switch (outcome) {
        case PASSED:
            return;
        case WRONG:
            throw new MemberException(ErrorCode.BAD_PASSWORD, Messages.get(wrongKey, gate.triesLeft()));
        case THROTTLED:
            String wait = Messages.get("error.throttled", Long.toString(Math.max(1, gate.waitSeconds())));
            connection.close(wait);
            throw new MemberException(ErrorCode.LOCKED_OUT, wait);
        default:
            connection.close(Messages.get("bye.badPassword"));
            throw new MemberException(ErrorCode.BAD_PASSWORD, Messages.get("bye.badPassword"));
        }
    }

    @Override
    public void rename(String newName) throws MemberException {
        named();
        admit();
        relay.run(() -> core.commands().run(session, new ClientCommand.Nick(newName)));
    }

    @Override
    public void join(String room, String key, long since) throws MemberException {
        named();
        boolean exists;
        synchronized (core.lobby().lock) {
            exists = core.lobby().rooms().find(room) != null;
        }
        try {
            relay.run(() -> core.roomCommands().run(session,
                    exists ? new RoomCommand.Join(room, since, key) : new RoomCommand.Create(room, key)));
        } catch (MemberException e) {
            if (e.code() != ErrorCode.ROOM_EXISTS) {
                throw e;
            }
            relay.run(() -> core.roomCommands().run(session, new RoomCommand.Join(room, since, key)));
        }
    }

    @Override
    public void historyOnJoin(boolean wanted) {
        session.historyOnJoin(wanted);
    }

    @Override
    public void part(String room, String reason) throws MemberException {
        named();
        relay.run(() -> core.roomCommands().run(session, new RoomCommand.Part(room, reason)));
    }

    @Override
    public void say(String room, EventKind kind, String text) throws MemberException {
        if (!kind.said()) {
            throw new IllegalArgumentException("say is for messages, actions and notices: " + kind);
        }
        checked(text);
        relay.run(() -> core.roomCommands().say(session, room, kind, text));
    }

    @Override
    public void topic(String room, String text) throws MemberException {
        checked(text);
        relay.run(() -> core.roomCommands().run(session, new RoomCommand.SetTopic(room, text)));
    }

    @Override
    public void privateMessage(String to, String text) throws MemberException {
        checked(text);
        relay.run(() -> core.commands().run(session, new ClientCommand.Priv(to, text)));
    }

    @Override
    public void privateNotice(String to, String text) throws MemberException {
        checked(text);
        relay.run(() -> core.commands().privateMessage(session, to, text, true));
    }

    /** A named, open member sending {@code text}: counted against the flood limit, its characters checked. */
    private void checked(String text) throws MemberException {
        named();
        admit();
        try {
            TextRules.check(text);
        } catch (ProtocolException e) {
            throw new MemberException(e.code(), e.getMessage());
        }
    }

    @Override
    public RoomState room(String room) throws MemberException {
        synchronized (core.lobby().lock) {
            return MemberRooms.state(MemberRooms.find(core.lobby(), room));
        }
    }

    @Override
    public List<RoomEvent> before(String room, long before, int max) throws MemberException {
        return read(room, max, stream -> stream.before(before, max));
    }

    @Override
    public List<RoomEvent> after(String room, long after, int max) throws MemberException {
        return read(room, max, stream -> stream.after(after, max));
    }

    private interface LogRead {
        List<RoomEvent> from(RoomStream stream) throws RoomLogException;
    }

    /** Reads a room the member is in, {@code max} checked, outside the lobby's lock. */
    private List<RoomEvent> read(String room, int max, LogRead read) throws MemberException {
        RoomStream stream = stream(room, max);
        try {
            return read.from(stream);
        } catch (RoomLogException e) {
            throw new MemberException(ErrorCode.LOG_UNAVAILABLE, Messages.get("error.pageUnavailable", e.getMessage()));
        }
    }

    private RoomStream stream(String room, int max) throws MemberException {
        named();
        int limit = core.lobby().rooms().policy().maxHistoryPage();
        if (max < 1 || max > limit) {
            throw new MemberException(ErrorCode.BAD_HISTORY, Messages.get("error.badCount", max, limit));
        }
        synchronized (core.lobby().lock) {
            return MemberRooms.joined(core.lobby(), session, room).stream();
        }
    }

    @Override
    public void admit() throws MemberException {
        open();
        switch (admission.next(System.nanoTime())) {
        case ADMIT:
            return;
        case REFUSE:
            throw new MemberException(ErrorCode.RATE_LIMITED, Messages.get("error.rateLimited"));
        default:
            if (core.lobby().leave(session, Messages.get("leave.flood"))) {
                core.logger().warn("{} ({}) disconnected for flooding", session.name(), connection.id());
            }
            connection.close(Messages.get("bye.flood"));
            throw new MemberException(ErrorCode.RATE_LIMITED, Messages.get("bye.flood"));
        }
    }

    @Override
    public void later(Runnable task) {
        relay.later(task);
    }

    @Override
    public void close(String reason) {
        if (connection.closeQuietly() && core.lobby().leave(session, reason.isBlank() ? Messages.get("leave.quit") : reason)) {
            core.logger().info("{} ({}) quit", session.name(), connection.id());
        }
    }

    /** The room closed this member (kicked, banned, too slow, stopped): it leaves, then the front end is told. */
    private void closedByRoom(String detail) {
        Runnable leave = () -> {
            core.lobby().leave(session, Messages.get("leave.lost"));
            relay.closed(detail);
        };
        try {
            core.executor().execute(leave);
        } catch (RejectedExecutionException e) {
            relay.closed(detail); // the rooms are stopping: nobody is left to tell
        }
    }

    private void open() throws MemberException {
        if (!connection.isOpen()) {
            throw new MemberException(ErrorCode.NOT_JOINED, Messages.get("member.closed"));
        }
    }

    private void named() throws MemberException {
        open();
        if (session.name().isEmpty()) {
            throw new MemberException(ErrorCode.NOT_JOINED, Messages.get("error.notJoined"));
        }
    }
}
