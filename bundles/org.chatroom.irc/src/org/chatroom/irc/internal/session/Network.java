package org.chatroom.irc.internal.session;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ScheduledExecutorService;

import org.chatroom.api.room.RoomHost;
import org.chatroom.room.member.MemberService;
import org.osgi.service.log.Logger;

/**
 * What every IRC client of one listener shares: its settings, the rooms' member service, the commands, the timer and
 * the IRC clients by name (for WHOIS, AWAY and WHO details only the IRC side knows).
 */
public final class Network {

    /**
     * Settings of one listener.
     *
     * @param historyMax  most events one {@code CHATHISTORY} request returns (ISUPPORT {@code CHATHISTORY})
     * @param historyScan most events of the log one {@code CHATHISTORY} request reads to find them
     * @param sasl        the SASL accounts and rules
     */
    public record Settings(String serverName, String network, List<String> motd, int maxTargets,
            int registrationTimeoutSeconds, int pingSeconds, Accounts operators, int historyMax, int historyScan,
            SaslPolicy sasl) {
    }

    private final Settings settings;
    private final MemberService members;
    private final RoomHost host;
    private final ScheduledExecutorService timer;
    private final LuserCounts lusers;
    private final Logger logger;
    private final Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS); // as 003 and INFO show it
    private final Map<IrcClient, Boolean> clients = new ConcurrentHashMap<>();
    private final Map<String, Command> commands = Commands.all();
    private final Kicks kicks = new Kicks();

    public Network(Settings settings, MemberService members, RoomHost host, ScheduledExecutorService timer,
            Logger logger) {
        this.settings = settings;
        this.members = members;
        this.host = host;
        this.timer = timer;
        this.lusers = new LuserCounts(members, this::invisibleCount);
        this.logger = logger;
    }

    public Settings settings() {
        return settings;
    }

    public MemberService members() {
        return members;
    }

    /** What operators act through: the room's host service. */
    RoomHost host() {
        return host;
    }

    Accounts operators() {
        return settings.operators();
    }

    SaslPolicy sasl() {
        return settings.sasl();
    }

    ScheduledExecutorService timer() {
        return timer;
    }

    /** The counts LUSERS shows. */
    LuserCounts lusers() {
        return lusers;
    }

    Logger logger() {
        return logger;
    }

    Instant created() {
        return created;
    }

    /** The kicks the operators made, shown as KICK to the other clients. */
    Kicks kicks() {
        return kicks;
    }

    Command command(String name) {
        return commands.get(name);
    }

    /** The names of every command the listener knows (HELP). */
    Set<String> commandNames() {
        return commands.keySet();
    }

    void add(IrcClient client) {
        clients.put(client, Boolean.TRUE);
    }

    void remove(IrcClient client) {
        clients.remove(client);
    }

    /** The registered IRC client called {@code name}, or null (a member of another protocol, or nobody). */
    IrcClient client(String name) {
        String key = NameKeys.of(name);
        for (IrcClient client : clients.keySet()) {
            String own = client.name();
            if (!own.isEmpty() && NameKeys.of(own).equals(key)) {
                return client;
            }
        }
        return null;
    }

    /**
     * Tells a channel's change of mode by {@code operator} to the IRC clients in {@code room}, and to the operator
     * (who may set it from outside), as IRC servers tell a channel's members: their clients' view of the channel's
     * bans and key stayed as it was (only the operator heard the change).
     */
    void modeChanged(IrcClient operator, String room, String... change) {
        for (IrcClient client : clients.keySet()) {
            if (client == operator || !client.name().isEmpty() && client.channels.in(room)) {
                String[] params = new String[change.length + 1];
                params[0] = IrcNames.channel(room);
                System.arraycopy(change, 0, params, 1, change.length);
                client.out.send(null, IrcNames.source(operator.name(), client.out.server()), "MODE", params);
            }
        }
    }

    /** Runs {@code each} for every registered IRC client in {@code room}'s channel but {@code sender}. */
    void inChannel(String room, IrcClient sender, java.util.function.Consumer<IrcClient> each) {
        for (IrcClient client : clients.keySet()) {
            if (client != sender && !client.name().isEmpty() && client.channels.in(room)) {
                each.accept(client);
            }
        }
    }

    /** How many registered IRC clients are invisible ({@code +i}), for LUSERS. */
    private int invisibleCount() {
        int invisible = 0;
        for (IrcClient client : clients.keySet()) {
            if (client.invisible() && !client.name().isEmpty()) {
                invisible++;
            }
        }
        return invisible;
    }

    /** Sends PING to the quiet and closes the silent; run by the timer. */
    public void keepAlive() {
        long now = System.nanoTime();
        for (IrcClient client : clients.keySet()) {
            client.keepAlive(now);
        }
    }

    /**
     * The listener stops: every client is told and closed. Waits (at most {@code millis}) until the connections'
     * threads wrote that, as it waits there behind what the rooms queued.
     */
    public void closeAll(String reason, long millis) {
        Set<Executor> loops = new HashSet<>();
        for (IrcClient client : List.copyOf(clients.keySet())) {
            client.quit(reason, reason);
            if (client.out.loop() != null) {
                loops.add(client.out.loop());
            }
        }
        CountDownLatch done = new CountDownLatch(loops.size());
        for (Executor loop : loops) {
            try {
                loop.execute(done::countDown);
            } catch (RejectedExecutionException e) {
                done.countDown();
            }
        }
        try {
            done.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
