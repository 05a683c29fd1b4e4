package org.chatroom.server.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.chatroom.api.room.GatewayAddresses;
import org.chatroom.api.room.GatewaySettings;
import org.chatroom.api.room.RoomGateway;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.log.Logger;

/**
 * {@code --irc FILE}: this run also serves its rooms to IRC clients. FILE holds the IRC listener's settings
 * ({@code port}, {@code tls.port}, {@code bind.address}, {@code server.name}, {@code network}, {@code motd},
 * {@code operators}...: the keys of its metatype, PROTOCOL.md section 9) as {@code KEY=VALUE} lines; an empty file
 * gives the defaults (6667, and 6697 with TLS; {@code tls.port=-1}: no TLS; 0 for a port: a free one).
 * {@code operators} and {@code accounts} (SASL) list accounts separated by commas, each a name, a space and the hash
 * {@code --hash-password} prints. The run opens the IRC {@link RoomGateway} with them once its rooms run; nothing is
 * written to a configuration, so nothing outlives the run.
 */
public final class IrcOption {

    /** Configuration PID of the IRC listener, which runs before this one wrote for the run (room API before 1.7). */
    public static final String PID = "org.chatroom.irc";
    /** The plain port when the file names none. */
    public static final int DEFAULT_PORT = 6667;
    /** The TLS port when the file names none. */
    public static final int DEFAULT_TLS_PORT = 6697;

    private static final String PORT = "port";
    private static final String TLS_PORT = "tls.port";
    private static final String BIND_ADDRESS = "bind.address";
    /** The IRC gateway without a configuration: one SCR still has from {@link #forgetEarlierRuns} is not this run's. */
    private static final String GATEWAY = "(&(objectClass=" + RoomGateway.class.getName() + ")("
            + RoomGateway.PROTOCOL + "=irc)(!(service.pid=" + PID + ")))";

    private IrcOption() {
    }

    /**
     * Reads the settings in {@code file}; without a {@code bind.address} of its own, the listener binds where the
     * room does ({@code --bind}), so {@code --bind 127.0.0.1} keeps IRC local too.
     *
     * @param roomBind the run's {@code --bind}, null when not given (all interfaces)
     * @throws IllegalArgumentException with a message for the user when it cannot be read or holds a clear password
     */
    public static Map<String, String> read(Path file, String roomBind) {
        Map<String, String> settings = SettingsFile.read(file, "error.ircFile", "error.ircPassword");
        if (roomBind != null && !roomBind.isBlank()) {
            settings.putIfAbsent(BIND_ADDRESS, roomBind.strip());
        }
        return settings;
    }

    /**
     * The gateway's settings for this run: its ports and address out of {@code settings}, the rest its options,
     * which the gateway checks when opened.
     *
     * @throws IllegalArgumentException when a port is not a number in range
     */
    public static GatewaySettings settings(Map<String, String> settings) {
        Map<String, String> options = new HashMap<>(settings);
        int port = port(options.remove(PORT), DEFAULT_PORT);
        String tls = options.remove(TLS_PORT);
        int tlsPort = tls != null && tls.strip().equals("-1") ? -1 : port(tls, DEFAULT_TLS_PORT);
        String bind = options.remove(BIND_ADDRESS);
        return new GatewaySettings(port, tlsPort, bind == null ? "" : bind.strip(), options);
    }

    /**
     * {@link #settings(Map)}, or null when they are wrong, said on {@code log} naming {@code file}.
     */
    public static GatewaySettings settings(Map<String, String> settings, String file, Logger log) {
        try {
            return settings(settings);
        } catch (IllegalArgumentException e) {
            log.error(failure(file, e.getMessage()));
            return null;
        }
    }

    /**
     * Removes the listener's configuration a run before 1.7 left, with which the IRC bundle would listen on its own
     * whatever the command line says.
     */
    public static void forgetEarlierRuns(ConfigurationAdmin admin) throws IOException {
        SettingsFile.configure(admin, PID, null);
    }

    /**
     * Opens the IRC gateway, waiting up to {@code timeout} for it to be registered (it is while the rooms run).
     *
     * @throws IOException              when a port cannot be bound
     * @throws IllegalArgumentException when the gateway refuses an option
     * @throws IllegalStateException    when no IRC gateway is registered in time (the IRC bundle missing)
     */
    public static GatewayAddresses open(BundleContext context, GatewaySettings settings, Duration timeout)
            throws IOException, InterruptedException {
        RoomGateway gateway = new ServiceWaiter(context, timeout).find(RoomGateway.class, GATEWAY).orElseThrow(
                () -> new IllegalStateException(Messages.format("error.ircNotActive", timeout.toSeconds())));
        return gateway.open(settings); // an immediate component: open until the rooms stop
    }

    /**
     * {@link #open(BundleContext, GatewaySettings, Duration)}, saying on {@code log} where IRC clients connect, or why
     * they cannot (naming {@code file}).
     *
     * @return whether IRC clients can connect
     */
    public static boolean open(BundleContext context, GatewaySettings settings, String file, Duration timeout,
            Logger log) throws InterruptedException {
        try {
            GatewayAddresses addresses = open(context, settings, timeout);
            log.info(Messages.format("ircGateway", addresses.address(),
                    addresses.tls().map(tls -> Messages.format("ircGateway.tls", tls)).orElse(""), file));
            return true;
        } catch (IOException e) {
            log.error(failure(file, e.toString())); // java.net.BindException: Address already in use
        } catch (IllegalArgumentException | IllegalStateException e) {
            log.error(failure(file, e.getMessage()));
        }
        return false;
    }

    private static String failure(String file, String why) {
        return Messages.format("error.ircNotListening", file, why.endsWith(".") ? why : why + ".");
    }

    private static int port(String text, int absent) {
        return text == null ? absent : Integer.parseInt(ServerArguments.parsePort(text.strip()));
    }
}
