package org.chatroom.client.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The servers a client may join, tried in turn: the settings' host is one host name or address, or a list of
 * {@code host[:port]} entries separated by commas (several servers sharing their rooms); an entry without a
 * port uses the settings' port. IPv6 addresses with a port are written {@code [::1]:53000}.
 */
final class ServerList {

    /** One server to try. */
    record Server(String host, int port) {
        @Override
        public String toString() {
            return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
        }
    }

    private final List<Server> servers;
    private int current;

    private ServerList(List<Server> servers) {
        this.servers = servers;
    }

    /** @throws IllegalArgumentException when an entry's port is not a port number, or the list is empty */
    static ServerList parse(String hosts, int defaultPort) {
        List<Server> servers = new ArrayList<>();
        for (String entry : hosts.split(",")) {
            if (!entry.isBlank()) {
                servers.add(entry(entry.strip(), defaultPort));
            }
        }
        if (servers.isEmpty()) {
            servers.add(new Server(hosts.strip(), defaultPort));
        }
        return new ServerList(List.copyOf(servers));
    }

    private static Server entry(String entry, int defaultPort) {
        if (entry.startsWith("[")) {
            int close = entry.indexOf(']');
            String host = close < 0 ? entry.substring(1) : entry.substring(1, close);
            String rest = close < 0 ? "" : entry.substring(close + 1);
            return new Server(host, rest.startsWith(":") ? port(rest.substring(1), entry) : defaultPort);
        }
        int colon = entry.indexOf(':');
        if (colon < 0 || entry.indexOf(':', colon + 1) >= 0) { // a name, or an IPv6 address without a port
            return new Server(entry, defaultPort);
        }
        return new Server(entry.substring(0, colon), port(entry.substring(colon + 1), entry));
    }

    private static int port(String text, String entry) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(Messages.format("servers.badPort", entry));
    }

    Server current() {
        return servers.get(current);
    }

    /** Moves on to the next server, after the last back to the first. */
    void next() {
        current = (current + 1) % servers.size();
    }

    int size() {
        return servers.size();
    }
}
