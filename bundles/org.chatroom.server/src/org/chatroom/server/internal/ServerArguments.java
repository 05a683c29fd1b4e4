package org.chatroom.server.internal;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.chatroom.api.room.HostSettings;
import org.chatroom.api.room.RoomHost;

/**
 * The command line of {@code chatroom-server}:
 * {@code [--port N] [--bind ADDR] [--set KEY=VALUE]... [--password-file FILE | --password-prompt] [--hash-password]
 * [--redis FILE | --history FILE] [--irc FILE] [--settings] [--help]}. There is deliberately no
 * option taking the password itself: a command line is visible to every user ({@code ps}).
 *
 * @param settings room settings of this run (keys of PID {@code org.chatroom.room}), in the order given; keys not
 *                 given keep the room's defaults (e.g. port 53000, all interfaces). They become the run's
 *                 {@link HostSettings}: nothing is written to the configuration, so nothing outlives the run
 * @param help     whether only the usage was asked for
 * @param passwordFile file whose first line is the room's password; {@code null} when not given
 * @param passwordPrompt whether to ask for the password on the terminal, without echo ({@code --password-prompt})
 * @param hashPassword whether only to print the hash of the password for the configuration ({@code --hash-password})
 * @param redisFile the settings of the room log on Redis shared with other servers ({@code --redis FILE},
 *                  {@link SharedLog}); {@code null} when this server keeps its rooms alone
 * @param ircFile   the settings of the IRC listener ({@code --irc FILE}, {@link IrcOption}); {@code null}: no IRC
 * @param historyFile the settings of the SQLite room history ({@code --history FILE}, {@link HistoryOption});
 *                  {@code null}: its defaults
 * @param listSettings whether only the room settings {@code --set} takes were asked for ({@code --settings})
 */
public record ServerArguments(Map<String, String> settings, boolean help, String passwordFile, boolean passwordPrompt,
        boolean hashPassword, String redisFile, String ircFile, String historyFile, boolean listSettings) {

    /** The room's port when the command line names none (PROTOCOL.md). */
    public static final int DEFAULT_PORT = 53000;

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z0-9]+)*");

    public ServerArguments {
        settings = Map.copyOf(settings);
    }

    public ServerArguments(Map<String, String> settings, boolean help) {
        this(settings, help, null, false, false, null, null, null, false);
    }

    public ServerArguments(Map<String, String> settings, boolean help, String passwordFile, boolean passwordPrompt,
            boolean hashPassword) {
        this(settings, help, passwordFile, passwordPrompt, hashPassword, null, null, null, false);
    }

    /**
     * @param password the room's password, empty for none
     * @return this run's choices for {@link RoomHost#start(HostSettings)}; port, bind address and TLS port are taken
     *         out of the settings, the rest are the run's options
     * @throws IllegalArgumentException when a port given with {@code --set} is not a number
     */
    public HostSettings hostSettings(String password) {
        return hostSettings(password, null);
    }

    /**
     * @param logTarget the room log filter when neither {@code --set roomlog.target} nor {@code --redis} chooses
     *                  one ({@link HistoryOption#target}); null: the room's configured one
     * @see #hostSettings(String)
     */
    public HostSettings hostSettings(String password, String logTarget) {
        Map<String, String> options = new LinkedHashMap<>(settings);
        if (redisFile != null) {
            options.putIfAbsent(SharedLog.TARGET_KEY, SharedLog.TARGET);
        } else if (logTarget != null) {
            options.putIfAbsent(SharedLog.TARGET_KEY, logTarget);
        }
        String port = options.remove(RoomHost.PORT);
        String bind = options.remove(RoomHost.BIND_ADDRESS);
        String tlsPort = options.remove(RoomHost.TLS_PORT);
        return new HostSettings(port == null ? DEFAULT_PORT : Integer.parseInt(parsePort(port)),
                bind == null ? "" : bind.strip(), password, tlsPort == null ? -1 : Integer.parseInt(parsePort(tlsPort)),
                options);
    }

    /** @throws IllegalArgumentException with a message for the user when the line is wrong */
    public static ServerArguments parse(String... args) {
        Map<String, String> settings = new LinkedHashMap<>();
        boolean help = false;
        String passwordFile = null;
        boolean prompt = false;
        boolean hash = false;
        String redis = null;
        String irc = null;
        String history = null;
        boolean list = false;
        Iterator<String> it = Arrays.asList(args).iterator();
        while (it.hasNext()) {
            String arg = it.next();
            switch (arg) {
            case "--port", "-p" -> settings.put(RoomHost.PORT, parsePort(valueOf(arg, it)));
            case "--bind", "-b" -> settings.put(RoomHost.BIND_ADDRESS, valueOf(arg, it));
            case "--set" -> put(settings, valueOf(arg, it));
            case "--password-file" -> passwordFile = valueOf(arg, it);
            case "--password-prompt" -> prompt = true;
            case "--hash-password" -> hash = true;
            case "--redis" -> redis = valueOf(arg, it);
            case "--irc" -> irc = valueOf(arg, it);
            case "--history" -> history = valueOf(arg, it);
            case "--settings" -> list = true;
            case "--help", "-h" -> help = true;
            default -> throw new IllegalArgumentException(Messages.format("error.unknownArgument", arg));
            }
        }
        if (redis != null && history != null) {
            throw new IllegalArgumentException(Messages.format("error.historyAndRedis"));
        }
        return new ServerArguments(settings, help, passwordFile, prompt, hash, redis, irc, history, list);
    }

    private static void put(Map<String, String> settings, String assignment) {
        int equals = assignment.indexOf('=');
        String key = equals < 0 ? "" : assignment.substring(0, equals);
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException(Messages.format("error.badSetting", assignment));
        }
        settings.put(key, assignment.substring(equals + 1));
    }

    private static String valueOf(String option, Iterator<String> it) {
        if (!it.hasNext()) {
            throw new IllegalArgumentException(Messages.format("error.missingValue", option));
        }
        return it.next();
    }

    static String parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65535) {
                return Integer.toString(port);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(Messages.format("error.badPort", text));
    }
}
