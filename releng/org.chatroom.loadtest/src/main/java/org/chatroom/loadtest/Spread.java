package org.chatroom.loadtest;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a run's clients and deliveries were spread over its servers: per server what joined, sent and arrived against
 * what was expected there, and the latency of the cross-node deliveries (receiver on another server than the
 * sender; none with one server, or with servers that do not share their room).
 *
 * @param servers         one share per server, in the order of {@code --port}
 * @param crossDeliveries deliveries that crossed from one server to another
 * @param crossP50Micros  their median latency
 * @param crossP99Micros  their 99th percentile
 */
record Spread(List<Share> servers, long crossDeliveries, long crossP50Micros, long crossP99Micros) {

    /**
     * One server's share.
     *
     * @param foreign messages from senders on other servers that arrived although the servers do not share their
     *                room (not counted as deliveries)
     */
    record Share(InetSocketAddress address, int joined, int senders, int receivers, long sent, long expected,
            long delivered, long foreign) {
    }

    /** {@code sentByGroup}: the messages sent in each group of clients who see each other's ({@link Options#groupOf}). */
    static Spread of(Options options, List<IoLoop> loops, long[] sentByGroup) {
        Servers servers = options.servers();
        int n = servers.count();
        int[] joined = new int[n];
        int[] senders = new int[n];
        int[] receivers = new int[n];
        long[] sent = new long[n];
        long[] expected = new long[n];
        long[] delivered = new long[n];
        long[] foreign = new long[n];
        boolean ownEcho = options.ownEcho(); // IRC servers echo no member's own messages unless asked to
        Histogram cross = new Histogram();
        for (IoLoop loop : loops) {
            cross.add(loop.crossLatency);
            for (Connection c : loop.connections()) {
                int k = servers.of(c.index);
                joined[k] += c.joinedAt != 0 ? 1 : 0;
                if (c.isSender()) {
                    senders[k]++;
                    sent[k] += c.nextSeq;
                }
                if (c.receiver) {
                    receivers[k]++;
                    expected[k] += sentByGroup[c.group] - (ownEcho ? 0 : c.nextSeq);
                    delivered[k] += c.delivered;
                    foreign[k] += c.foreign;
                }
            }
        }
        List<Share> shares = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            shares.add(new Share(servers.addresses().get(k), joined[k], senders[k], receivers[k], sent[k], expected[k],
                    delivered[k], foreign[k]));
        }
        return new Spread(shares, cross.count(), cross.percentile(50), cross.percentile(99));
    }

    long foreign() {
        return servers.stream().mapToLong(Share::foreign).sum();
    }

    /** The RESULT line's fields for several servers (empty for one). */
    String machineFields(boolean shared) {
        if (servers.size() < 2) {
            return "";
        }
        StringBuilder perServer = new StringBuilder();
        for (Share s : servers) {
            perServer.append(perServer.length() == 0 ? "" : ",").append(s.joined()).append('/').append(s.delivered())
                    .append('/').append(s.expected());
        }
        return String.format(Locale.ROOT,
                " servers=%d shared=%b cross_deliveries=%d cross_p50_ms=%.3f cross_p99_ms=%.3f foreign=%d"
                        + " per_server=%s",
                servers.size(), shared, crossDeliveries, crossP50Micros / 1e3, crossP99Micros / 1e3, foreign(),
                perServer);
    }
}
