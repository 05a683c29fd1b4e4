package org.chatroom.cluster.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chatroom.api.room.GatewaySettings;
import org.chatroom.api.room.RoomHost;
import org.chatroom.irc.internal.IrcConfig;
import org.chatroom.irc.internal.IrcGatewayComponent;
import org.chatroom.log.redis.internal.RedisLogConfig;
import org.chatroom.log.redis.internal.RedisPresence;
import org.chatroom.log.redis.internal.RedisRoomLog;
import org.chatroom.room.internal.BanFile;
import org.chatroom.room.internal.Bans;
import org.chatroom.room.internal.Password;
import org.chatroom.room.internal.RoomAccess;
import org.chatroom.room.internal.RoomLimits;
import org.chatroom.room.internal.RoomPolicy;
import org.chatroom.room.internal.RoomServer;
import org.chatroom.testing.ConfigDefaults;
import org.chatroom.transport.socket.connection.AddressLimitsConfig;
import org.chatroom.transport.socket.connection.IoLoopConfig;
import org.chatroom.transport.socket.internal.SocketServerTransport;
import org.chatroom.transport.socket.internal.SocketTransportConfig;
import org.osgi.service.log.Logger;

/**
 * One node of a cluster in a JVM of its own, started by {@link NodeProcess}: the real room on the real TCP transport,
 * with the real room log and presence on Redis, built as their components are (the same constructors, the
 * configuration the test gives). Arguments: Redis address, Redis user, its password file, key prefix, node name, its
 * ban file, then any {@code KEY=NUMBER} overriding a Redis setting ({@code timeout_millis=60000}).
 * Serves IRC too (no TLS, no operators). Prints {@value #LISTENING}, its port and its IRC port once it listens, logs to stderr, and serves until its stdin ends (or it is
 * killed). A line {@code ban NAME-OR-ADDRESS} on its stdin is the host banning server-wide on this node,
 * {@code ban-from ROOM NAME-OR-ADDRESS} banning from one room.
 */
public final class ClusterNode {

    static final String LISTENING = "LISTENING ";
    static final String DONE = "DONE ";

    private ClusterNode() {
    }

    public static void main(String[] args) throws IOException {
        Logger logger = stderrLogger(args[4]);
        Map<String, Object> settings = new HashMap<>(Map.of("address", args[0], "user", args[1], "password_file",
                args[2], "key_prefix", args[3], "heartbeat_millis", 250, "node_expiry_millis", 3_000,
                "retry_max_millis", 200, "block_millis", 1_000, "timeout_millis", 1_000));
        for (int i = 6; i < args.length; i++) { // KEY=MILLIS overrides the test gives
            String[] setting = args[i].split("=", 2);
            settings.put(setting[0], Integer.valueOf(setting[1]));
        }
        RedisLogConfig redis = ConfigDefaults.of(RedisLogConfig.class, settings);
        RedisRoomLog log = new RedisRoomLog(logger, redis);
        RedisPresence presence = new RedisPresence(logger, redis);
        BanFile banFile = new BanFile(Path.of(args[5]));
        Bans bans = new Bans();
        bans.load(banFile.read());
        bans.mirrorTo(list -> save(banFile, list));
        SocketServerTransport transport = new SocketServerTransport(logger, ConfigDefaults.of(SocketTransportConfig.class),
                ConfigDefaults.of(AddressLimitsConfig.class, Map.of("max_connections_per_address", 10_000,
                        "connections_per_second_per_address", 10_000.0, "connection_burst_per_address", 10_000)),
                ConfigDefaults.of(IoLoopConfig.class));
        RoomServer server = RoomServer.open(transport, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                null, null, log, presence, new RoomLimits(4096, 8 << 20, 0, 40, 32), RoomPolicy.DEFAULT,
                new RoomAccess(Password.NONE, bans, RoomAccess.DEFAULT_HANDSHAKE_TIMEOUT), logger);
        IrcGatewayComponent irc = new IrcGatewayComponent(ConfigDefaults.of(IrcConfig.class,
                Map.of("server_name", "irc." + args[4])), Map.of(), server.members(), hostWithoutOperators(), transport,
                null, logger);
        int ircPort = irc.open(new GatewaySettings(0, -1, "127.0.0.1", Map.of())).address().getPort();
        System.out.println(LISTENING + server.status().address().getPort() + " " + ircPort);
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) { // serves until stdin ends
            String[] words = line.split(" ", 3);
            switch (words[0]) {
            case "ban" -> {
                server.ban(words[1], "banned by host", "You were removed by the host.");
                save(banFile, bans.list());
            }
            case "unban" -> {
                String entry = bans.find(words[1]).orElseThrow();
                bans.remove(entry);
                save(banFile, bans.list());
                server.unbanned(entry);
            }
            case "ban-from" -> server.admin().ban(words[1], words[2], "banned by host");
            case "unban-from" -> server.admin().unban(words[1], words[2]);
            case "password" -> server.admin().password(words[1], words[2]);
            default -> throw new IllegalArgumentException("unknown command: " + line);
            }
            System.out.println(DONE + line);
            System.out.flush();
        }
        server.stop("node stopped");
        System.exit(0);
    }

    /** The IRC listener's host: this node has no IRC operators, so nothing calls it. */
    private static RoomHost hostWithoutOperators() {
        return (RoomHost) Proxy.newProxyInstance(RoomHost.class.getClassLoader(), new Class<?>[] { RoomHost.class },
                (proxy, method, arguments) -> {
                    throw new UnsupportedOperationException("no IRC operators on a test node: " + method.getName());
                });
    }

    private static void save(BanFile file, List<String> bans) {
        try {
            file.write(bans);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OSGi {@link Logger} writing info and up to stderr, {@code {}} replaced by the arguments. */
    private static Logger stderrLogger(String node) {
        return (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] { Logger.class },
                (proxy, method, arguments) -> {
                    String name = method.getName();
                    if (name.startsWith("is")) {
                        return !name.contains("Trace") && !name.contains("Debug");
                    }
                    if (name.equals("getName")) {
                        return node;
                    }
                    if ((name.equals("info") || name.equals("warn") || name.equals("error") || name.equals("audit"))
                            && arguments != null && arguments[0] instanceof String format) {
                        StringBuilder line = new StringBuilder(node).append(' ').append(name).append(": ");
                        String text = format;
                        for (int i = 1; i < arguments.length; i++) {
                            Object[] values = arguments[i] instanceof Object[] many ? many : new Object[] { arguments[i] };
                            for (Object value : values) {
                                int slot = text.indexOf("{}");
                                if (value instanceof Throwable failure) {
                                    text = text + " " + failure;
                                } else if (slot >= 0) {
                                    text = text.substring(0, slot) + value + text.substring(slot + 2);
                                }
                            }
                        }
                        System.err.println(line.append(text));
                    }
                    return method.getReturnType() == boolean.class ? Boolean.FALSE : null;
                });
    }
}
