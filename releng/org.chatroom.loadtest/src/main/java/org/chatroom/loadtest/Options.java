package org.chatroom.loadtest;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What one run does, from the command line. Only loopback addresses are accepted: this tool floods a server and
 * must never be pointed at someone else's.
 *
 * @param servers      where the room listens (loopback only): one server, or several that clients are spread over
 * @param clients      clients that connect and join (N)
 * @param senders      how many of them send (K, at most N; 0 measures joins only)
 * @param duration     how long the senders send
 * @param rate         messages per second for all senders together, 0 for as fast as the window allows
 * @param window       messages a sender may have in flight (sent, own echo not yet back)
 * @param padding      number of {@code x} added inside each message token (0 for none)
 * @param newline      whether each message ends with {@code \n} (the original client sends none)
 * @param threads      selector threads
 * @param connectConcurrency how many clients may be between connect and welcome at once, 0 for all at once
 * @param joinPause    pause after each join before the next client connects or sending starts (the original
 *                     server crashes a broadcast when a join changes its member dict meanwhile)
 * @param confirmJoins one join at a time, each once the previous member has seen its join notice (the original
 *                     server's join broadcast is only complete then)
 * @param joinTimeout  how long all clients get to join
 * @param drainTimeout how long to wait after the last send for the last deliveries
 * @param label        name of this run in the RESULT line
 * @param sources      how many loopback source addresses the clients are spread over (127.1.0.1 on), so that a
 *                     server's limits per address see many hosts; 0 for the system's choice (127.0.0.1)
 * @param tls          whether the clients speak TLS (any certificate accepted)
 * @param protocol     what the clients speak: the original protocol or IRC
 * @param channel      the IRC channel the clients join (with several rooms the base of the channels' names)
 * @param roomCount    how many rooms the clients and the senders are spread over, round-robin ({@link Rooms})
 * @param serverPids   the servers' process ids on this machine, to read their CPU time and memory (summed) around
 *                     the sending window; empty for none
 * @param idle         further clients that join after the N, read everything and are not measured (idle members)
 * @param tlsWarmup    rounds of the TLS clients' crypto run before the run starts ({@link TlsClients#warmUp}), so that
 *                     a join storm is not measured with this tool's crypto still interpreted
 * @param settle       after the joins, sending starts only once every member has received a line the first client
 *                     sent after the last join: the room delivered every join notice before it (a steady state);
 *                     over IRC with {@code ircEcho} only, as the first client must get its own line back too
 * @param ircEcho      the IRC clients ask for the IRCv3 {@code echo-message} capability, so that a sender gets its own
 *                     messages back and keeps a window as over the original protocol (a server that refuses it fails
 *                     the run); without it an IRC sender has no window, and unpaced IRC runs measure nothing
 * @param idleChannel  the IRC channel the idle members join instead of the measured clients' (empty: theirs), so that
 *                     they are connected and joined but receive none of the measured traffic
 */
record Options(Servers servers, int clients, int senders, Duration duration, int rate, int window,
        int padding, boolean newline, int threads, int connectConcurrency, Duration joinPause, boolean confirmJoins, Duration joinTimeout, Duration drainTimeout, String label, int sources, boolean tls,
        Protocol protocol, String channel, int roomCount, int idle, List<Long> serverPids, int tlsWarmup,
        boolean settle, boolean ircEcho, String idleChannel) {

    static final int MAX_CLIENTS = 20_000;

    Options {
        require(clients >= 1 && clients <= MAX_CLIENTS, "--clients must be 1.." + MAX_CLIENTS);
        require(idle >= 0 && clients + idle <= MAX_CLIENTS, "--idle must be 0.." + MAX_CLIENTS + " - clients");
        require(idleChannel.isEmpty() || protocol == Protocol.IRC && idle > 0
                && idleChannel.matches("[#&][!-~&&[^,]]{1,49}"),
                "--idle-channel: a #channel for the --idle members, over --protocol irc");
        serverPids = List.copyOf(serverPids);
        require(serverPids.stream().allMatch(pid -> pid > 0), "--server-pid must be process ids");
        require(channel.matches("[#&][!-~&&[^,]]{1,49}"), "--channel must be #NAME (printable ASCII, no comma)");
        require(senders >= 0 && senders <= clients, "--senders must be 0..clients");
        require(roomCount >= 1 && roomCount <= clients,
                "--rooms must be 1..clients (a room without members measures nothing)");
        require(roomCount == 1 || protocol == Protocol.IRC,
                "--rooms: the original protocol has one room only; several rooms need --protocol irc");
        require(senders == 0 || senders >= roomCount, "--senders must be 0 or at least --rooms (" + roomCount
                + "): " + senders + " senders leave " + (roomCount - senders) + " of the "
                + roomCount + " rooms with members but no sender");
        Rooms layout = new Rooms(roomCount, channel);
        require(layout.longestChannel() <= 50, "--channel is too long for --rooms " + roomCount + ": "
                + layout.channel(roomCount - 1) + " has over 50 characters");
        require(rate >= 0, "--rate must be >= 0");
        require(window >= 1 && window <= 10_000, "--window must be 1..10000");
        require(padding >= 0 && padding <= 60_000, "--pad must be 0..60000");
        require(threads >= 1 && threads <= 16, "--threads must be 1..16");
        require(connectConcurrency >= 0, "--connect-concurrency must be >= 0");
        require(!joinPause.isNegative(), "--join-pause must be >= 0");
        require(!duration.isNegative() && duration.compareTo(Duration.ofMinutes(10)) <= 0,
                "--duration must be 0..600 s");
        require(!joinTimeout.isNegative() && !joinTimeout.isZero(), "--join-timeout must be > 0");
        require(!drainTimeout.isNegative(), "--drain must be >= 0");
        require(sources >= 0 && sources <= 250 * 250, "--sources must be 0..62500");
        require(tlsWarmup >= 0 && tlsWarmup <= 100_000, "--tls-warmup must be 0..100000");
        require(!settle || (protocol == Protocol.ORIGINAL || ircEcho) && servers.count() == 1,
                "--settle needs one server, and over IRC --irc-echo (without it nobody gets their own line back)");
        require(!ircEcho || protocol == Protocol.IRC, "--irc-echo needs --protocol irc");
    }

    /** Whether a sender gets its own messages back, and counts them among its deliveries. */
    boolean ownEcho() {
        return protocol != Protocol.IRC || ircEcho;
    }

    static Options parse(String... args) {
        String host = "127.0.0.1";
        String ports = null;
        boolean shared = false;
        int clients = 100;
        int senders = 10;
        double duration = 10;
        int rate = 0;
        int window = 16;
        int padding = 0;
        boolean newline = true;
        boolean confirmJoins = false;
        boolean settle = false;
        boolean ircEcho = false;
        int threads = 2;
        int connectConcurrency = 0;
        double joinPause = 0;
        double joinTimeout = 30;
        double drain = 5;
        String label = "run";
        int sources = 0;
        boolean tls = false;
        Protocol protocol = Protocol.ORIGINAL;
        String channel = "#room";
        int rooms = 1;
        int idle = 0;
        String idleChannel = "";
        List<Long> serverPids = List.of();
        int tlsWarmup = 300;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if ("--no-newline".equals(option)) {
                newline = false;
                continue;
            }
            if ("--tls".equals(option)) {
                tls = true;
                continue;
            }
            if ("--shared".equals(option)) {
                shared = true;
                continue;
            }
            if ("--confirm-joins".equals(option)) {
                confirmJoins = true;
                continue;
            }
            if ("--irc-echo".equals(option)) {
                ircEcho = true;
                continue;
            }
            if ("--settle".equals(option)) {
                settle = true;
                continue;
            }
            if ("--newline".equals(option)) {
                newline = true;
                continue;
            }
            require(i + 1 < args.length, "missing value after " + option);
            String value = args[++i];
            switch (option) {
                case "--host" -> host = value;
                case "--port" -> ports = value;
                case "--clients" -> clients = integer(option, value);
                case "--senders" -> senders = integer(option, value);
                case "--duration" -> duration = seconds(option, value);
                case "--rate" -> rate = integer(option, value);
                case "--window" -> window = integer(option, value);
                case "--pad" -> padding = integer(option, value);
                case "--threads" -> threads = integer(option, value);
                case "--connect-concurrency" -> connectConcurrency = integer(option, value);
                case "--join-pause" -> joinPause = seconds(option, value);
                case "--join-timeout" -> joinTimeout = seconds(option, value);
                case "--drain" -> drain = seconds(option, value);
                case "--label" -> label = value;
                case "--sources" -> sources = integer(option, value);
                case "--protocol" -> protocol = Protocol.of(value);
                case "--channel" -> channel = value;
                case "--rooms" -> rooms = integer(option, value);
                case "--idle" -> idle = integer(option, value);
                case "--idle-channel" -> idleChannel = value;
                case "--server-pid" -> serverPids = processIds(value);
                case "--tls-warmup" -> tlsWarmup = integer(option, value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        require(ports != null, "--port 1..65535 is required");
        return new Options(Servers.parse(loopback(host), ports, shared), clients, senders, toDuration(duration),
                rate, window, padding, newline, threads, connectConcurrency, toDuration(joinPause), confirmJoins, toDuration(joinTimeout), toDuration(drain), label, sources, tls,
                protocol, channel, rooms, idle, serverPids, tlsWarmup, settle, ircEcho, idleChannel);
    }

    /** The IRC channel client {@code index} joins: its room's, or for an idle member the idle channel if any. */
    String channelOf(int index, boolean idle) {
        if (idle && !idleChannel.isEmpty()) {
            return idleChannel;
        }
        Rooms rooms = rooms();
        return rooms.channel(rooms.of(index));
    }

    /** The clients' spread over rooms. */
    Rooms rooms() {
        return new Rooms(roomCount, channel);
    }

    /**
     * The clients who see each other's messages: a room, and with servers that do not share their rooms, a room of
     * one server. Client {@code i} is in group {@link #groupOf}{@code (i)}, 0 to {@link #groupCount()} - 1.
     */
    int groupCount() {
        return roomCount * (servers.shared() ? 1 : servers.count());
    }

    int groupOf(int client) {
        return (client % roomCount) + roomCount * (servers.shared() ? 0 : servers.of(client));
    }

    /** Every client: the measured ones and the idle ones. */
    int total() {
        return clients + idle;
    }

    /** The source address of client {@code index}, or {@code null} to let the system choose. */
    InetSocketAddress source(int index) {
        if (sources == 0) {
            return null;
        }
        int n = index % sources;
        return new InetSocketAddress(literal(127, 1, n / 250, 1 + n % 250), 0);
    }

    private static InetAddress literal(int a, int b, int c, int d) {
        try {
            return InetAddress.getByAddress(new byte[] { (byte) a, (byte) b, (byte) c, (byte) d });
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InetAddress loopback(String host) {
        try {
            InetAddress address = InetAddress.getByName(host);
            require(address.isLoopbackAddress(), "only loopback servers may be load-tested, not " + host);
            return address;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + host, e);
        }
    }

    private static int integer(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not " + value, e);
        }
    }

    private static List<Long> processIds(String value) {
        List<Long> pids = new ArrayList<>();
        for (String pid : value.split(",", -1)) {
            pids.add((long) integer("--server-pid", pid.trim()));
        }
        return pids;
    }

    private static double seconds(String option, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs seconds, not " + value, e);
        }
    }

    private static Duration toDuration(double seconds) {
        require(!Double.isNaN(seconds) && seconds < 3600, "durations must be under an hour");
        return Duration.ofNanos((long) (seconds * 1e9));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Name of client {@code index}: short, ASCII, unique, valid for both servers. */
    static String clientName(int index) {
        return "u" + index;
    }
}
