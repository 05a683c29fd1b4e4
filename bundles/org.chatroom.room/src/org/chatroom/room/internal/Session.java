package org.chatroom.room.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Future;

import org.chatroom.api.log.EventKind;
import org.chatroom.api.transport.CloseReason;
import org.chatroom.api.transport.Connection;
import org.chatroom.api.transport.Framing;
import org.chatroom.protocol.ClientCommand;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.Hello;
import org.chatroom.protocol.NameProblem;
import org.chatroom.protocol.NameRules;
import org.chatroom.protocol.OriginalProtocol;
import org.chatroom.protocol.ProtocolException;
import org.chatroom.protocol.RoomCommand;
import org.chatroom.protocol.ServerEvent;
import org.chatroom.protocol.StrictUtf8;
import org.chatroom.protocol.TextRules;
import org.chatroom.room.member.MemberListener;
import org.osgi.service.log.Logger;

/**
 * One connection's life in the room: awaiting a name (original prompt, or the hello and then {@code NICK}), then an
 * original or an extended member. Driven by the transport from the connection's thread only.
 */
final class Session {

    private enum State {
        AWAITING_NAME, ORIGINAL, AWAITING_NICK, EXTENDED, CLOSED
    }

    private static final byte[] QUIT_ORIGINAL = OriginalProtocol.QUIT.getBytes(StandardCharsets.UTF_8);
    private static final byte[] QUIT_EXTENDED = new ClientCommand.Quit().toLine().getBytes(StandardCharsets.UTF_8);

    private final Connection connection;
    private final Lobby lobby;
    private final RoomLimits limits;
    private final Logger logger;
    private final Admission admission;
    private final MemberCommands commands;
    private final RoomCommands roomCommands;
    private final RateLimiter joins;
    private final RoomAccess access;
    private final PasswordGate gate;
    private final Unsettled unsettled = new Unsettled();
    private volatile Future<?> handshakeTimeout;
    private boolean expired; // guarded by the room's lock
    private State state = State.AWAITING_NAME;
    private byte[] pendingHello;
    private volatile String name = "";
    private volatile int version; // 0: original, else the extended protocol's version
    private volatile MemberListener member; // a front end's member (no bytes), or null
    private volatile boolean historyOnJoin = true; // whether a join without resume reads the room's usual history

    Session(Connection connection, Lobby lobby, RoomLimits limits, RoomAccess access, MemberCommands commands,
            RoomCommands roomCommands, Logger logger) {
        this.connection = connection;
        this.access = access;
        this.gate = new PasswordGate(access.password(), access.throttle(), address());
        this.lobby = lobby;
        this.limits = limits;
        this.commands = commands;
        this.roomCommands = roomCommands;
        this.joins = lobby.rooms().policy().newJoinLimiter(System.nanoTime());
        this.logger = logger;
        this.admission = new Admission(limits, System.nanoTime());
    }

    /** What this member said in rooms that the log has not committed yet, and what waits for it. */
    Unsettled unsettled() {
        return unsettled;
    }

    Connection connection() {
        return connection;
    }

    String name() {
        return name;
    }

    /** Whether a join without resume brings the room's usual history ({@link MemberSession#historyOnJoin}). */
    boolean historyOnJoin() {
        return historyOnJoin;
    }

    void historyOnJoin(boolean wanted) {
        this.historyOnJoin = wanted;
    }

    void name(String newName) {
        this.name = newName;
    }

    boolean extended() {
        return version > 0;
    }

    /** 0 for the original protocol, else the negotiated version of the extended one. */
    int version() {
        return version;
    }

    /** Counts one {@code JOIN} or {@code CREATE} against the join rate; @return whether it may go on */
    boolean admitJoin() {
        return joins.tryAcquire(System.nanoTime());
    }

    /** The peer's address, {@code null} when the transport does not know it. */
    InetAddress address() {
        InetSocketAddress remote = connection.remoteAddress();
        return remote == null ? null : remote.getAddress();
    }

    /** Under the room's lock: the handshake took too long, so this session may no longer join. */
    void expire() {
        expired = true;
    }

    /** Under the room's lock. */
    boolean expired() {
        return expired;
    }

    /** The task that closes this session if it does not join in time; cancelled when it joins or closes. */
    void handshakeTimeout(Future<?> task) {
        this.handshakeTimeout = task;
    }

    void send(byte[] bytes) {
        connection.send(bytes);
    }

    /**
     * Makes this the session of a front end's member ({@code MemberSession}): it is in rooms like a {@code chatroom/2}
     * member, and hears them through {@code listener} instead of bytes on its connection.
     */
    void member(MemberListener listener) {
        this.member = listener;
        this.version = 2;
    }

    /** The front end's listener when this is a front end's member, else {@code null}. */
    MemberListener member() {
        return member;
    }

    void deliver(Delivery delivery) {
        MemberListener listener = member;
        if (listener != null) {
            if (delivery.member() != null) {
                delivery.member().accept(listener);
            }
            return;
        }
        byte[] bytes = delivery.forVersion(version);
        if (bytes != null) {
            connection.send(bytes);
        }
    }

    /** @return whether the connection may go on to the handshake (a banned address is refused at once) */
    boolean opened() {
        if (access.bans().bansAddress(address())) {
            state = State.CLOSED;
            connection.send(Encoders.original(Messages.get("refused.banned")));
            connection.close("banned address");
            logger.info("{} ({}) refused: banned address", connection.id(), connection.remoteAddress());
            return false;
        }
        connection.send(Encoders.original(OriginalProtocol.PROMPT));
        return true;
    }

    void received(byte[] frame) {
        switch (state) {
        case AWAITING_NAME -> awaitingName(frame);
        case ORIGINAL -> originalMessage(frame);
        case AWAITING_NICK, EXTENDED -> extendedLine(frame);
        case CLOSED -> {
            // closing: late bytes are ignored
        }
        }
    }

    void frameTooLong(int limit) {
        if (state == State.CLOSED || !admit()) {
            return;
        }
        if (state == State.AWAITING_NAME) {
            retryName(Messages.get("name.tooLong"));
        } else {
            refuse(ErrorCode.TOO_LONG, Messages.get("error.tooLong", Integer.toString(limits.maxMessageBytes())));
        }
    }

    void closed(CloseReason reason, String detail) {
        State was = state;
        state = State.CLOSED;
        cancelHandshakeTimeout();
        if (was != State.ORIGINAL && was != State.EXTENDED) {
            logger.debug("{} closed before joining: {} {}", connection.id(), reason, detail);
            return;
        }
        String why = Messages.get(reason == CloseReason.SLOW_READER ? "leave.slow" : "leave.lost");
        if (lobby.leave(this, why)) {
            if (reason == CloseReason.SLOW_READER) {
                logger.warn("{} ({}) disconnected as a slow reader: {}", name, connection.id(), detail);
            } else {
                logger.info("{} ({}) left without quitting: {} {}", name, connection.id(), reason, detail);
            }
        }
    }

    private void awaitingName(byte[] received) {
        byte[] frame = received;
        if (pendingHello != null) {
            frame = concat(pendingHello, received);
            pendingHello = null;
        }
        int hello = Hello.version(frame);
        if (hello > 0) {
            version = hello;
            state = State.AWAITING_NICK;
            connection.setFraming(Framing.LINES);
            connection.send(Hello.okBytes(hello));
            return;
        }
        if (Hello.isHelloPrefix(frame)) {
            pendingHello = frame;
            return;
        }
        if (Arrays.equals(frame, QUIT_ORIGINAL)) {
            state = State.CLOSED;
            connection.send(QUIT_ORIGINAL);
            connection.close("quit before joining");
            return;
        }
        if (!admit()) {
            return;
        }
        if (access.password().required()) {
            state = State.CLOSED;
            connection.send(Encoders.original(Messages.get("refused.password")));
            connection.close("original client in a room with a password");
            logger.info("{} ({}) refused: original client, the room has a password", connection.id(),
                    connection.remoteAddress());
            return;
        }
        String text;
        try {
            text = StrictUtf8.decode(frame);
        } catch (CharacterCodingException e) {
            retryName(Messages.get("name.badUtf8"));
            return;
        }
        Optional<NameProblem> problem = joinAs(text);
        if (problem.isPresent()) {
            retryName(problem.get().message());
        } else if (state != State.CLOSED) {
            state = State.ORIGINAL;
        }
    }

    private void originalMessage(byte[] frame) {
        if (Arrays.equals(frame, QUIT_ORIGINAL)) {
            quit();
            return;
        }
        if (!admit() || !withinSize(frame.length)) {
            return;
        }
        try {
            String text = StrictUtf8.decode(frame);
            TextRules.check(text);
            lobby.say(this, lobby.rooms().defaultRoom(), EventKind.MESSAGE, text);
        } catch (CharacterCodingException e) {
            refuse(ErrorCode.BAD_UTF8, Messages.get("error.badUtf8"));
        } catch (ProtocolException e) {
            refuse(e.code(), e.getMessage());
        }
    }

    private void extendedLine(byte[] frame) {
        if (Arrays.equals(frame, QUIT_EXTENDED)) {
            quit();
            return;
        }
        if (!admit()) {
            return;
        }
        Object command;
        try {
            String line = StrictUtf8.decode(frame);
            command = version == 2 ? RoomCommand.parse(line) : ClientCommand.parse(line);
        } catch (CharacterCodingException e) {
            refuse(ErrorCode.BAD_UTF8, Messages.get("error.badUtf8"));
            return;
        } catch (ProtocolException e) {
            refuse(e.code(), e.getMessage());
            return;
        }
        if (command instanceof RoomCommand.Plain plain) {
            command = plain.command();
        }
        if (command instanceof ClientCommand.Quit) { // with words after it ("QUIT gone"): nothing answered it
            quit();
            return;
        }
        if (state == State.AWAITING_NICK) {
            if (command instanceof ClientCommand.Pass pass) {
                passwordChecked(gate.attempt(pass.password()), "error.badPassword");
            } else if (command instanceof ClientCommand.Nick nick) {
                if (passwordChecked(gate.missing(), "error.passwordNeeded")) {
                    joinAs(nick.name()).ifPresentOrElse(p -> refuse(p.code(), p.message()),
                            () -> state = state == State.CLOSED ? State.CLOSED : State.EXTENDED);
                }
            } else {
                refuse(ErrorCode.NOT_JOINED, Messages.get("error.notJoined"));
            }
            return;
        }
        if (command instanceof ClientCommand shared) {
            commands.run(this, shared);
        } else {
            roomCommands.run(this, (RoomCommand) command);
        }
    }

    /**
     * Acts on the password step: a wrong or missing password is refused with the tries left, the last one closes.
     *
     * @return whether the password step is passed
     */
    private boolean passwordChecked(PasswordGate.Outcome outcome, String wrongKey) {
        switch (outcome) {
        case PASSED:
            return true;
        case WRONG:
            long wait = gate.nextWaitSeconds();
            refuse(ErrorCode.BAD_PASSWORD, wait > 0 ? Messages.get("error.passwordWait", Long.toString(wait))
                    : Messages.get(wrongKey, gate.triesLeft()));
            gate.takeReport().ifPresent(logger::warn);
            return false;
        case THROTTLED:
            state = State.CLOSED;
            String throttled = Messages.get("error.throttled", Long.toString(Math.max(1, gate.waitSeconds())));
            connection.send(Encoders.extended(new ServerEvent.Err(ErrorCode.LOCKED_OUT, throttled)));
            connection.send(Encoders.bye(Instant.now(), throttled));
            connection.close("too many wrong passwords from this address");
            gate.takeReport().ifPresent(logger::warn);
            return false;
        default:
            state = State.CLOSED;
            connection.send(Encoders.bye(Instant.now(), Messages.get("bye.badPassword")));
            connection.close("too many wrong passwords");
            gate.takeReport().ifPresent(logger::warn);
            return false;
        }
    }

    /** Checks the name rules, then joins; @return what is wrong with the name, or empty when joined */
    private Optional<NameProblem> joinAs(String requested) {
        Optional<NameProblem> problem = NameRules.check(requested, limits.maxNameLength())
                .or(() -> lobby.join(this, requested));
        if (problem.isEmpty() && name.isEmpty()) { // refused without a name problem: closed by the room
            state = State.CLOSED;
        } else if (problem.isEmpty()) {
            cancelHandshakeTimeout();
            logger.info("{} ({}, {}) joined as {}", connection.id(), connection.remoteAddress(),
                    version == 0 ? "original" : "chatroom/" + version, requested);
        }
        return problem;
    }

    private void cancelHandshakeTimeout() {
        Future<?> task = handshakeTimeout;
        if (task != null) {
            task.cancel(false);
        }
    }

    private void quit() {
        State was = state;
        state = State.CLOSED;
        boolean left = (was == State.ORIGINAL || was == State.EXTENDED) && lobby.leave(this, Messages.get("leave.quit"));
        if (extended()) {
            connection.send(Encoders.bye(Instant.now(), Messages.get("bye.quit")));
        } else {
            connection.send(QUIT_ORIGINAL);
        }
        connection.close("quit");
        if (left) {
            logger.info("{} ({}) quit", name, connection.id());
        }
    }

    /** Counts one message against the rate limit; refuses it, or disconnects a member flooding far past it. */
    private boolean admit() {
        switch (admission.next(System.nanoTime())) {
        case ADMIT:
            return true;
        case REFUSE:
            refuse(ErrorCode.RATE_LIMITED, Messages.get("error.rateLimited"));
            return false;
        default:
            disconnectFlooder();
            return false;
        }
    }

    private void disconnectFlooder() {
        State was = state;
        state = State.CLOSED;
        if ((was == State.ORIGINAL || was == State.EXTENDED) && lobby.leave(this, Messages.get("leave.flood"))) {
            logger.warn("{} ({}) disconnected for flooding", name, connection.id());
        }
        String text = Messages.get("bye.flood");
        connection.send(extended() ? Encoders.bye(Instant.now(), text) : Encoders.original(OriginalProtocol.error(text)));
        connection.close("flooding");
    }

    /** @return whether {@code text} is short enough; refuses it to this client when not */
    boolean withinSize(String text) {
        return withinSize(RoomLimits.utf8Length(text));
    }

    private boolean withinSize(int bytes) {
        if (bytes <= limits.maxMessageBytes()) {
            return true;
        }
        refuse(ErrorCode.TOO_LONG, Messages.get("error.tooLong", Integer.toString(limits.maxMessageBytes())));
        return false;
    }

    /** Tells this client alone that what it sent was refused. */
    void refuse(ErrorCode code, String text) {
        MemberListener listener = member;
        if (listener != null) {
            listener.error(code, text);
            return;
        }
        connection.send(extended() ? Encoders.extended(new ServerEvent.Err(code, text))
                : Encoders.original(OriginalProtocol.error(text)));
    }

    /** Tells this member the host took it out of {@code room}: {@code line} for a client, a call for a front end. */
    void parted(String room, String reason, byte[] line) {
        MemberListener listener = member;
        if (listener != null) {
            listener.parted(room, reason);
        } else {
            connection.send(line);
        }
    }

    private void retryName(String problem) {
        connection.send(Encoders.original(OriginalProtocol.nameRetry(problem)));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
