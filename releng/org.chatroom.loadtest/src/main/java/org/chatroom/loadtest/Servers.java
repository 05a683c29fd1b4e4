package org.chatroom.loadtest;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The servers a run spreads its clients over: client {@code i} (and so sender {@code i}, the senders being the first
 * clients) connects to server {@code i mod n}. With {@code shared} the servers form one cluster serving one room, so
 * every receiver expects every message, and a delivery whose receiver is on another server than its sender is a
 * cross-node delivery; without it each server is a room of its own and a receiver expects only the messages of the
 * senders on its server. The same address may be listed twice: one server reached through two entries.
 *
 * @param addresses where the servers listen (loopback only), at least one
 * @param shared    whether the servers share their room (one cluster)
 */
record Servers(List<InetSocketAddress> addresses, boolean shared) {

    static final int MAX_SERVERS = 64;

    Servers {
        addresses = List.copyOf(addresses);
        if (addresses.isEmpty() || addresses.size() > MAX_SERVERS) {
            throw new IllegalArgumentException("--port takes 1.." + MAX_SERVERS + " ports");
        }
        for (InetSocketAddress address : addresses) {
            if (address.getAddress() == null || !address.getAddress().isLoopbackAddress()) {
                throw new IllegalArgumentException("only loopback servers may be load-tested, not " + address);
            }
        }
    }

    /** {@code host} with each port of {@code ports}, a comma-separated list. */
    static Servers parse(InetAddress host, String ports, boolean shared) {
        List<InetSocketAddress> addresses = new ArrayList<>();
        for (String port : ports.split(",", -1)) {
            int number;
            try {
                number = Integer.parseInt(port.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--port needs PORT or PORT,PORT,..., not " + ports, e);
            }
            if (number < 1 || number > 65_535) {
                throw new IllegalArgumentException("--port 1..65535 is required, not " + port);
            }
            addresses.add(new InetSocketAddress(host, number));
        }
        return new Servers(addresses, shared);
    }

    int count() {
        return addresses.size();
    }

    /** The server number of client (or sender) {@code client}. */
    int of(int client) {
        return client % addresses.size();
    }

    /** Where client {@code client} connects. */
    InetSocketAddress address(int client) {
        return addresses.get(of(client));
    }

    /** Whether a receiver that is client {@code receiver} gets the messages of sender {@code sender}. */
    boolean expects(int receiver, int sender) {
        return shared || of(receiver) == of(sender);
    }

    /** Whether a delivery from {@code sender} to {@code receiver} crossed from one server to another. */
    boolean crossNode(int receiver, int sender) {
        return of(receiver) != of(sender);
    }
}
