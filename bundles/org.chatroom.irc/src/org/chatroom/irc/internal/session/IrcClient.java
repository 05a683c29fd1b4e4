package org.chatroom.irc.internal.session;

import java.nio.charset.CharacterCodingException;
import java.time.Instant;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.chatroom.api.transport.CloseReason;
import org.chatroom.api.transport.Connection;
import org.chatroom.api.transport.ConnectionHandler;
import org.chatroom.api.transport.Framing;
import org.chatroom.irc.internal.Messages;
import org.chatroom.irc.internal.wire.IrcMessage;
import org.chatroom.irc.internal.wire.IrcParseException;
import org.chatroom.irc.internal.wire.Tags;
import org.chatroom.protocol.StrictUtf8;
import org.chatroom.room.member.MemberException;
import org.chatroom.room.member.MemberSession;

/**
 * One IRC connection: parses its lines and runs their commands on the connection's thread, in a member session of the
 * rooms ({@link MemberSession}) that it hears through {@link RoomEvents}, on that thread too.
 */
public final class IrcClient implements ConnectionHandler {

    final Network network;
    final Out out;
    final Caps caps = new Caps();

    /**
     * The {@code time} tag of now when the client asked for {@code server-time}, else null: for the lines that tell it
     * what it did itself (its JOIN, PART, NICK), which carried no time while the others' did.
     */
    String timeNow() {
        return caps.has(Caps.SERVER_TIME) ? Tags.time(Instant.now()) : null;
    }
    final SaslLogin sasl = new SaslLogin();
    private volatile NameKeys.Keyed ownKey;
    final ChannelView channels = new ChannelView();
    final Registration registration = new Registration();
    private final Connection connection;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile MemberSession member;
    private volatile Future<?> registrationTimeout;
    private volatile long lastHeard = System.nanoTime();
    private volatile boolean pinged;
    private volatile String away;
    private volatile boolean invisible;
    private volatile boolean operator;

    public IrcClient(Network network, Connection connection) {
        this.network = network;
        this.connection = connection;
        this.out = new Out(connection, network.settings().serverName());
        connection.setFraming(Framing.LINES); // before its first byte: IRC lines end with CR LF or LF
    }

    @Override
    public void opened(Connection opened) {
        try {
            member = network.members().open(connection.remoteAddress(), "irc", new RoomEvents(this), out.loop());
        } catch (MemberException e) {
            out.send(null, null, "ERROR", Messages.get("closing", e.getMessage()));
            out.close("refused: " + e.getMessage());
            closed.set(true);
            return;
        }
        out.orderedBy(member);
        network.add(this);
        try {
            registrationTimeout = network.timer().schedule(this::registrationExpired,
                    network.settings().registrationTimeoutSeconds(), TimeUnit.SECONDS);
        } catch (RejectedExecutionException e) {
            quit(Messages.get("stopping"), "listener stopping");
        }
    }

    @Override
    public void received(Connection from, byte[] frame) {
        if (closed.get()) {
            return;
        }
        lastHeard = System.nanoTime();
        pinged = false;
        IrcMessage message;
        try {
            String line = StrictUtf8.decode(frame);
            if (line.isBlank()) {
                return;
            }
            message = IrcMessage.parse(line);
        } catch (CharacterCodingException e) {
            out.fromServer("NOTICE", target(), Messages.get("badUtf8"));
            return;
        } catch (IrcMessage.LineTooLong e) {
            out.numeric(target(), "417", Messages.get("inputTooLong"));
            return;
        } catch (IrcParseException e) {
            out.fromServer("NOTICE", target(), Messages.get("malformed", e.getMessage()));
            return;
        }
        out.replying(() -> dispatch(message));
    }

    private void dispatch(IrcMessage message) {
        Command command = network.command(message.command());
        if (command == null) {
            out.numeric(target(), "421", message.command(), Messages.get("unknownCommand"));
            return;
        }
        if (!command.early() && !registered()) {
            out.numeric(target(), "451", Messages.get("notRegistered"));
            return;
        }
        if (!message.has(command.minParams())) {
            out.numeric(target(), "461", message.command(), Messages.get("needMoreParams"));
            return;
        }
        try {
            if (command.counted()) {
                member.admit();
            }
            command.run(this, message);
        } catch (MemberException e) {
            Refusals.send(this, message.command(), message.param(0), e);
        }
    }

    @Override
    public void frameTooLong(Connection from, int limit) {
        out.numeric(target(), "417", Messages.get("inputTooLong"));
    }

    @Override
    public void closed(Connection connection, CloseReason reason, String detail) {
        network.remove(this);
        cancelTimeout();
        if (closed.compareAndSet(false, true) && member != null) {
            member.close(reason == CloseReason.SLOW_READER ? Messages.get("leave.slow") : Messages.get("leave.lost"));
        }
    }

    /** Leaves the rooms with {@code reason}, tells the client {@code error} and closes. */
    void quit(String reason, String error) {
        if (closed.compareAndSet(false, true)) {
            cancelTimeout();
            member.close(reason);
            out.send(null, null, "ERROR", Messages.get("closing", error));
            out.close("quit");
        }
    }

    /** The rooms closed this member: it is told why, then closed. */
    void closedByRoom(String reason) {
        if (closed.compareAndSet(false, true)) {
            cancelTimeout();
            out.send(null, null, "ERROR", Messages.get("closing", reason));
            out.close(reason);
        }
    }

    void keepAlive(long now) {
        long quiet = TimeUnit.NANOSECONDS.toSeconds(now - lastHeard);
        int interval = network.settings().pingSeconds();
        if (pinged && quiet >= 2L * interval) {
            quit(Messages.get("leave.pingTimeout"), Messages.get("pingTimeout", quiet));
        } else if (!pinged && quiet >= interval) {
            pinged = true;
            out.fromServer("PING", out.server());
        }
    }

    private void registrationExpired() {
        if (!registered()) {
            quit(Messages.get("leave.lost"), Messages.get("registrationTimeout"));
        }
    }

    private void cancelTimeout() {
        Future<?> task = registrationTimeout;
        if (task != null) {
            task.cancel(false);
        }
    }

    MemberSession member() {
        return member;
    }

    boolean registered() {
        return registration.done();
    }

    /** The client's name in the rooms; empty before registration. */
    String name() {
        MemberSession session = member;
        return session == null || !registered() ? "" : session.name();
    }

    /** The key of {@link #name()} ({@code NameRules.key}), kept until the name changes. */
    String nameKey() {
        String name = name();
        NameKeys.Keyed keyed = ownKey;
        if (keyed == null || !keyed.name().equals(name)) {
            keyed = keyed == null ? NameKeys.Keyed.of(name) : keyed.forName(name);
            ownKey = keyed;
        }
        return keyed.key();
    }

    /** How numerics address this client: its nick, or {@code *} before it has one. */
    String target() {
        String name = name();
        return name.isEmpty() ? "*" : IrcNames.nick(name);
    }

    String away() {
        return away;
    }

    /** Tells {@code asker}, who wrote to or asked about this client as {@code nick}, that it is away (301), if so. */
    void awayTo(IrcClient asker, String nick) {
        String message = away;
        if (message != null) {
            asker.out.numeric(asker.target(), "301", nick, message);
        }
    }

    void away(String message) {
        this.away = message;
    }

    /** User mode {@code +i}: accepted and shown, without effect (WHO and NAMES list every member of the rooms). */
    boolean invisible() {
        return invisible;
    }

    void invisible(boolean value) {
        this.invisible = value;
    }

    /** Whether this client gave an operator's password ({@code OPER}): it acts as the room's host. */
    boolean operator() {
        return operator;
    }

    void operator(boolean value) {
        this.operator = value;
    }

    String address() {
        return connection.remoteAddress() == null ? "" : connection.remoteAddress().getAddress().getHostAddress();
    }
}
