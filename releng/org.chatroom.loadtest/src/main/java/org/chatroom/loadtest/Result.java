package org.chatroom.loadtest;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of one run. Loss is counted per receiver: every receiver that had joined when sending started is
 * expected to get every message sent in its room, its own included (IRC: excluded); anything missing, corrupt or cut
 * off counts as lost. A message from another room's sender is not a delivery: it is counted as leaked.
 *
 * @param joinNanos   from the start of the run (all connects are opened at once) to the last welcome, or -1 when not every client joined in time
 * @param sendNanos   from the first send to the last delivery (the throughput window)
 * @param toolCpuNanos CPU time this tool used during the run (it shares the machine with the server)
 * @param serverCpu   the server's CPU time from the first send to the end of the drain, and its JIT compilers' part
 *                    (each -1 when not measured)
 * @param serverRssBytes the server's resident memory at the end of the drain, -1 when not measured
 * @param spread      the run per server, and its cross-node deliveries
 * @param serverJoinCpu the server's CPU time from the first connect to the end of the joins, and its JIT compilers'
 *                    part (each -1 when not measured)
 * @param tls         how the clients spoke TLS, or {@code null} over plain TCP
 * @param settleNanos from the last join until every member had the settling line ({@link Options#settle}), -1 when
 *                    not settled (not asked for, or not within the join timeout)
 * @param fairness    the receivers' mean latency by join order, and this tool's longest round while sending
 */
record Result(Options options, int joined, int joinFailures, long joinNanos, long joinP50Micros,
        long joinP99Micros, int receivers, long sent, long expected, long delivered, long sendNanos,
        long latencyP50Micros, long latencyP99Micros, long latencyP999Micros, long latencyMaxMicros, long corrupt,
        long leaked, long duplicates, long reordered, int dropped, long windowResets, long toolCpuNanos,
        ServerProcess.Cpu serverCpu, long serverRssBytes, Spread spread, ServerProcess.Cpu serverJoinCpu, TlsReport tls,
        long settleNanos, Fairness fairness) {

    /**
     * @param engine          the clients' TLS engine: {@code JDK} or {@code native (BoringSSL)}
     * @param groups          the key share the clients offered
     * @param warmupCpuNanos  CPU time of the crypto warm-up before the run (not in {@code toolCpuNanos})
     * @param fullHandshakes  handshakes in which the server presented its certificate (none is a resumption)
     */
    record TlsReport(String engine, String groups, long warmupCpuNanos, long fullHandshakes) {
    }

    static Result of(Options options, RunControl control, List<IoLoop> loops, long joinWaitEnd, long sendStart,
            long sendEnd, long toolCpuNanos) {
        Histogram latency = new Histogram();
        Histogram joins = new Histogram();
        long lastJoin = 0;
        long lastDelivery = 0;
        long sent = 0;
        long delivered = 0;
        long corrupt = 0;
        long leaked = 0;
        long duplicates = 0;
        long reordered = 0;
        long windowResets = 0;
        int receivers = 0;
        int dropped = 0;
        int joined = 0;
        long ownSent = 0; // IRC: sent by receivers, which get no echo of their own
        long[] sentByGroup = new long[options.groupCount()];
        long[] receiversByGroup = new long[options.groupCount()];
        for (IoLoop loop : loops) {
            latency.add(loop.latency);
            joins.add(loop.joinLatency);
            for (Connection c : loop.connections()) {
                if (c.joinedAt != 0) {
                    joined++;
                    lastJoin = Math.max(lastJoin, c.joinedAt);
                }
                sent += c.nextSeq;
                sentByGroup[c.group] += c.nextSeq;
                windowResets += c.windowResets;
                if (c.receiver) {
                    receivers++;
                    receiversByGroup[c.group]++;
                    ownSent += c.nextSeq;
                    delivered += c.delivered;
                    corrupt += c.corrupt;
                    leaked += c.leaked;
                    duplicates += c.duplicates();
                    reordered += c.reordered();
                    lastDelivery = Math.max(lastDelivery, c.lastDelivery);
                    if (c.dropped) {
                        dropped++;
                    }
                }
            }
        }
        long expected = Rooms.expected(sentByGroup, receiversByGroup,
                options.ownEcho() ? 0 : ownSent);
        boolean allJoined = joined == options.total() && lastJoin != 0 && lastJoin <= joinWaitEnd;
        long joinNanos = allJoined ? lastJoin - control.epoch() : -1;
        long sendNanos = sendStart == 0 ? 0 : (lastDelivery > sendStart ? lastDelivery : sendEnd) - sendStart;
        return new Result(options, joined, options.total() - joined, joinNanos, joins.percentile(50),
                joins.percentile(99), receivers, sent, expected, delivered, sendNanos,
                latency.percentile(50), latency.percentile(99), latency.percentile(99.9), latency.max(), corrupt,
                leaked, duplicates, reordered, dropped, windowResets, toolCpuNanos, ServerProcess.Cpu.UNKNOWN, -1,
                Spread.of(options, loops, sentByGroup), ServerProcess.Cpu.UNKNOWN, null, control.settleNanos(), Fairness.of(loops));
    }

    Result withServer(ServerProcess.Cpu cpu, long rssBytes) {
        return new Result(options, joined, joinFailures, joinNanos, joinP50Micros, joinP99Micros, receivers, sent,
                expected, delivered, sendNanos, latencyP50Micros, latencyP99Micros, latencyP999Micros,
                latencyMaxMicros, corrupt, leaked, duplicates, reordered, dropped, windowResets, toolCpuNanos, cpu,
                rssBytes, spread, serverJoinCpu, tls, settleNanos, fairness);
    }

    Result withJoins(ServerProcess.Cpu joinCpu, TlsReport report) {
        return new Result(options, joined, joinFailures, joinNanos, joinP50Micros, joinP99Micros, receivers, sent,
                expected, delivered, sendNanos, latencyP50Micros, latencyP99Micros, latencyP999Micros,
                latencyMaxMicros, corrupt, leaked, duplicates, reordered, dropped, windowResets, toolCpuNanos,
                serverCpu, serverRssBytes, spread, joinCpu, report, settleNanos, fairness);
    }

    /** The server's CPU time in the sending window, -1 when not measured. */
    long serverCpuNanos() {
        return serverCpu.totalNanos();
    }

    /** The server's CPU time from the first connect to the end of the joins, -1 when not measured. */
    long serverJoinCpuNanos() {
        return serverJoinCpu.totalNanos();
    }

    /** The server's CPU time per client joined, from the first connect to the end of the joins, in ms, or -1. */
    double serverMillisPerJoin() {
        return perJoin(serverJoinCpu.totalNanos());
    }

    /** The part of {@link #serverMillisPerJoin()} its JIT compiler threads used, or -1. */
    double serverJitMillisPerJoin() {
        return perJoin(serverJoinCpu.compilerNanos());
    }

    /** The server's CPU time per delivery in the sending window, in microseconds, or -1. */
    double serverMicrosPerDelivery() {
        return perDelivery(serverCpu.totalNanos());
    }

    /** The part of {@link #serverMicrosPerDelivery()} its JIT compiler threads used, or -1. */
    double serverJitMicrosPerDelivery() {
        return perDelivery(serverCpu.compilerNanos());
    }

    private double perJoin(long nanos) {
        return nanos < 0 || joined == 0 ? -1 : nanos / 1e6 / joined;
    }

    private double perDelivery(long nanos) {
        return nanos < 0 || delivered == 0 ? -1 : nanos / 1e3 / delivered;
    }

    long lost() {
        return Math.max(0, expected - delivered);
    }

    double lossPercent() {
        return expected == 0 ? 0 : 100.0 * lost() / expected;
    }

    double deliveriesPerSecond() {
        return sendNanos <= 0 ? 0 : delivered * 1e9 / sendNanos;
    }

    /** One line, {@code key=value} separated by spaces, for scripts. Durations in ms, rates per second. */
    String machineLine() {
        return String.format(Locale.ROOT,
                "RESULT label=%s protocol=%s idle=%d clients=%d joined=%d join_failures=%d join_ms=%s join_p50_ms=%.2f join_p99_ms=%.2f"
                        + " senders=%d rooms=%d duration_s=%.1f sent=%d receivers=%d expected=%d delivered=%d"
                        + " deliveries_per_s=%.0f p50_ms=%.3f p99_ms=%.3f p999_ms=%.3f max_ms=%.3f lost=%d"
                        + " loss_pct=%.4f corrupt=%d leaked=%d duplicates=%d reordered=%d dropped=%d window_resets=%d"
                        + " tool_cpu_s=%.2f server_window_cpu_s=%.2f server_us_per_delivery=%.4f"
                        + " server_jit_us_per_delivery=%.4f server_rss_mb=%.0f server_join_cpu_s=%.2f"
                        + " server_ms_per_join=%.3f server_jit_ms_per_join=%.3f",
                options.label(), options.protocol().name().toLowerCase(Locale.ROOT), options.idle(), options.total(),
                joined, joinFailures,
                joinNanos < 0 ? "timeout" : String.format(Locale.ROOT, "%.1f", joinNanos / 1e6),
                joinP50Micros / 1e3, joinP99Micros / 1e3, options.senders(), options.roomCount(), options.duration().toMillis() / 1e3,
                sent, receivers, expected, delivered, deliveriesPerSecond(), latencyP50Micros / 1e3,
                latencyP99Micros / 1e3, latencyP999Micros / 1e3, latencyMaxMicros / 1e3, lost(), lossPercent(),
                corrupt, leaked, duplicates, reordered, dropped, windowResets, toolCpuNanos / 1e9, serverCpuNanos() / 1e9,
                serverMicrosPerDelivery(), serverJitMicrosPerDelivery(), serverRssBytes / 1048576.0,
                serverJoinCpuNanos() / 1e9, serverMillisPerJoin(), serverJitMillisPerJoin())
                + (!options.settle() ? "" : " settle_ms=" + (settleNanos < 0 ? "timeout"
                        : String.format(Locale.ROOT, "%.1f", settleNanos / 1e6)))
                + (tls == null ? "" : " tls_engine=" + tls.engine().replace(' ', '_') + " tls_groups=" + tls.groups() + " tls_full_handshakes=" + tls.fullHandshakes())
                + spread.machineFields(options.servers().shared());
    }
}
