package org.chatroom.ui.internal.prefs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.client.ProtocolMode;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * The rooms the user is in on each server, kept in the preferences so that the next Connect or Host Room, also after
 * the desktop started again, joins them again, as IRC clients join their channels (a Connect joined the server's
 * default room alone: a room joined or created last time had to be joined again by hand). Keyed by the server as
 * the handlers name it ({@link #key}); our protocol's rooms only (an IRC connection joins the channels of its
 * preferences). One instance follows the client for the message list.
 */
public final class KeptRooms {

    private static final String PREFIX = "rooms.";
    /** The room shown last on a server, by {@link #key}. */
    private static final String SHOWN = "shown.";
    /** How far the user had read each room of a server, by {@link #key}: a line per room, its name, a tab, the number. */
    private static final String READ = "read.";

    private String server = "";
    private List<String> kept;

    /**
     * @return the name of a server for the chat log and the kept rooms: {@code host_port}; for a host field that
     *         names its port ({@code host:port}, {@code [::1]:port}) that port, and for a list of servers sharing their
     *         rooms each of its entries so, separated by commas (a host field {@code 127.0.0.1:54102} was kept as
     *         {@code 127.0.0.1:54102_54101}, the settings' port added to the one it names)
     */
    public static String key(String host, int port) {
        return servers(host, port).stream().map(server -> server[0] + "_" + server[1]).collect(Collectors.joining(","));
    }

    /** @return the servers of a host field as a person reads them: {@code host:port}, {@code [::1]:port}, ... */
    public static String address(String host, int port) {
        return servers(host, port).stream().map(server -> shown(server[0], server[1]))
                .collect(Collectors.joining(", "));
    }

    /** @return the first server a {@link #key} names, as a person reads it */
    public static String addressOf(String key) {
        String first = key.split(",")[0];
        int split = first.lastIndexOf('_');
        return split < 0 ? first : shown(first.substring(0, split), first.substring(split + 1));
    }

    private static String shown(String host, String port) {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    /** The {@code {host, port}} of each server a host field names, as the client reads it (its own port, else port). */
    private static List<String[]> servers(String host, int port) {
        List<String[]> servers = new ArrayList<>();
        for (String entry : host.split(",")) {
            if (!entry.isBlank()) {
                servers.add(server(entry.strip(), String.valueOf(port)));
            }
        }
        return servers.isEmpty() ? List.<String[]>of(new String[] { host, String.valueOf(port) }) : servers;
    }

    private static String[] server(String entry, String port) {
        if (entry.startsWith("[")) { // an IPv6 address, with a port or not
            int close = entry.indexOf(']');
            String address = close < 0 ? entry.substring(1) : entry.substring(1, close);
            String rest = close < 0 ? "" : entry.substring(close + 1);
            return new String[] { address, rest.startsWith(":") ? rest.substring(1) : port };
        }
        int colon = entry.indexOf(':');
        if (colon < 0 || entry.indexOf(':', colon + 1) >= 0) { // a name, or an IPv6 address without a port
            return new String[] { entry, port };
        }
        return new String[] { entry.substring(0, colon), entry.substring(colon + 1) };
    }

    /**
     * @return {@code settings} joining the rooms kept for {@code key}, each with the password kept for it, when they
     *         are our protocol's and name none (joined without it, a room said "needs a password" in red before the
     *         kept one was tried)
     */
    static ClientSettings joining(ClientSettings settings, String key) {
        List<String> kept = of(key);
        if (settings.protocol() != ProtocolMode.ROOMS || !settings.channels().isEmpty() || kept.isEmpty()) {
            return settings;
        }
        List<String> rooms = kept.stream().map(room -> {
            String password = RoomPasswords.of(key, RoomPasswords.roomKey(room));
            return password.isEmpty() ? room : room + " " + password;
        }).toList();
        return new ClientSettings(settings.host(), settings.port(), settings.nickname(), settings.autoReconnect(),
                settings.protocol(), settings.connectTimeout(), settings.tls(), settings.password(), rooms,
                settings.saslUser(), settings.tlsFingerprint());
    }

    /** @return the rooms kept for {@code key}, in the order they were joined */
    public static List<String> of(String key) {
        return Arrays.stream(node().get(PREFIX + key, "").split("\n")).filter(room -> !room.isBlank()).toList();
    }

    /** @return the server whose rooms are kept ({@link #key}), the one joined last; empty before the first */
    public String server() {
        return server;
    }

    /** The client is about to join the server called {@code key}: its rooms are kept under that name. */
    public void server(String key) {
        server = key;
        kept = null;
    }

    /** Keeps the client's rooms when they changed, while it is connected (a disconnect empties its list). */
    public void follow(ChatClient client) {
        if (server.isEmpty() || client == null || client.state() != ConnectionState.CONNECTED) {
            return;
        }
        List<String> rooms = client.rooms();
        if (!rooms.equals(kept)) {
            kept = rooms;
            IEclipsePreferences node = node();
            node.put(PREFIX + server, String.join("\n", rooms));
            ChatPreferences.keep(node, KeptRooms.class, "the rooms of " + server);
        }
    }

    /** The user was shown {@code room} on the server joined last: it is shown again when joined at the next start. */
    public void shown(String room) {
        IEclipsePreferences node = node();
        if (!server.isEmpty() && !room.equals(node.get(SHOWN + server, ""))) {
            node.put(SHOWN + server, room);
            ChatPreferences.keep(node, KeptRooms.class, "the room shown on " + server);
        }
    }

    /**
     * The user has read the rooms of {@code reads} up to their events (by number) on the server joined last: what
     * their history holds after that is shown as missed when they are joined at the next start.
     */
    public void reads(Map<String, Long> reads) {
        if (server.isEmpty() || reads.isEmpty()) {
            return;
        }
        String value = NamedNumbers.format(reads);
        IEclipsePreferences node = node();
        if (!value.equals(node.get(READ + server, ""))) {
            node.put(READ + server, value);
            ChatPreferences.keep(node, KeptRooms.class, "how far the rooms of " + server + " were read");
        }
    }

    /** @return how far the user had read each room of the server called {@code key}, by room; empty when not known */
    public static Map<String, Long> readsOf(String key) {
        return NamedNumbers.parse(node().get(READ + key, ""));
    }

    /** @return the room shown last on the server called {@code key}; empty when none was */
    public static String shownOf(String key) {
        return node().get(SHOWN + key, "");
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(ChatPreferences.NODE);
    }
}
