package org.chatroom.loadtest;

import java.util.List;

/**
 * Whether some receivers are always served last: the receivers' mean latency by join order, in tenths (the room fans
 * out in a fixed order, so join order is where a member stands in it), and the longest round of this tool's I/O
 * threads while sending (a stall of the tool, not of the server, shows there).
 *
 * @param tenthMeanMicros mean latency of the deliveries to each tenth of the receivers by join order (first to last)
 * @param slowestReceiverMeanMicros the highest mean latency of any one receiver
 * @param fastestReceiverMeanMicros the lowest mean latency of any one receiver
 * @param longestRoundMicros the longest round of any of this tool's I/O threads while sending
 */
record Fairness(long[] tenthMeanMicros, long slowestReceiverMeanMicros, long fastestReceiverMeanMicros,
        long longestRoundMicros) {

    private static final int PARTS = 10;

    static Fairness of(List<IoLoop> loops) {
        int receivers = 0;
        long longestRound = 0;
        for (IoLoop loop : loops) {
            longestRound = Math.max(longestRound, loop.longestRoundNanos() / 1_000);
            for (Connection c : loop.connections()) {
                receivers += c.receiver && c.delivered > 0 ? 1 : 0;
            }
        }
        long[] sums = new long[PARTS];
        long[] counts = new long[PARTS];
        long slowest = 0;
        long fastest = Long.MAX_VALUE;
        int rank = 0;
        for (Connection c : byIndex(loops)) {
            if (!c.receiver || c.delivered == 0) {
                continue;
            }
            int part = (int) ((long) rank++ * PARTS / receivers);
            sums[part] += c.latencySumMicros;
            counts[part] += c.delivered;
            long mean = c.latencySumMicros / c.delivered;
            slowest = Math.max(slowest, mean);
            fastest = Math.min(fastest, mean);
        }
        long[] means = new long[PARTS];
        for (int i = 0; i < PARTS; i++) {
            means[i] = counts[i] == 0 ? 0 : sums[i] / counts[i];
        }
        return new Fairness(means, slowest, receivers == 0 ? 0 : fastest, longestRound);
    }

    private static Connection[] byIndex(List<IoLoop> loops) {
        int total = loops.stream().mapToInt(loop -> loop.connections().size()).sum();
        Connection[] all = new Connection[total];
        for (IoLoop loop : loops) {
            for (Connection c : loop.connections()) {
                all[c.index] = c;
            }
        }
        return all;
    }

    /** The tenths' means in ms, separated by slashes. */
    String tenths() {
        StringBuilder text = new StringBuilder();
        for (long mean : tenthMeanMicros) {
            text.append(text.length() == 0 ? "" : "/").append(String.format(java.util.Locale.ROOT, "%.1f", mean / 1e3));
        }
        return text.toString();
    }
}
