package org.chatroom.loadtest;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;

/** Command line entry: parses the options, runs once, prints a readable summary and one RESULT line. */
public final class LoadTool {

    private LoadTool() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && ("--help".equals(args[0]) || "-h".equals(args[0]))) {
            out.println(Messages.get("usage"));
            return 0;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(Messages.get("error", e.getMessage()));
            err.println(Messages.get("usage"));
            return 2;
        }
        try {
            Result result = new LoadRun(options).run();
            print(result, out);
            return result.joined() > 0 ? 0 : 1;
        } catch (IOException e) {
            err.println(Messages.get("failed", e));
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println(Messages.get("failed", e));
            return 1;
        }
    }

    static void print(Result r, PrintStream out) {
        Options o = r.options();
        String joinTime = r.joinNanos() < 0 ? Messages.get("join.timeout")
                : String.format(Locale.ROOT, "%.3f s", r.joinNanos() / 1e9);
        out.println(Messages.get("joins", o.label(), r.joined(), o.total(), joinTime, r.joinP50Micros() / 1e3,
                r.joinP99Micros() / 1e3, r.joinFailures()));
        if (o.settle()) {
            out.println(r.settleNanos() < 0 ? Messages.get("settle.timeout", o.label())
                    : Messages.get("settled", o.label(), r.settleNanos() / 1e9));
        }
        if (r.sendNanos() > 0) {
            out.println(Messages.get("sending", o.label(), o.senders(), o.roomCount(), o.duration().toMillis() / 1e3,
                    r.sent(), r.receivers(), r.expected()));
            out.println(Messages.get("throughput", o.label(), r.deliveriesPerSecond(), r.latencyP50Micros() / 1e3,
                    r.latencyP99Micros() / 1e3, r.latencyP999Micros() / 1e3, r.latencyMaxMicros() / 1e3));
            out.println(Messages.get("loss", o.label(), r.lost(), r.lossPercent(), r.corrupt(), r.leaked(),
                    r.duplicates(), r.reordered(), r.dropped(), r.windowResets()));
            Fairness f = r.fairness();
            out.println(Messages.get("fairness", o.label(), f.tenths(), f.fastestReceiverMeanMicros() / 1e3,
                    f.slowestReceiverMeanMicros() / 1e3, f.longestRoundMicros() / 1e3));
        }
        printSpread(r, out);
        out.println(Messages.get("cpu", o.label(), r.toolCpuNanos() / 1e9));
        if (r.tls() != null) {
            out.println(Messages.get("tls", o.label(), r.tls().engine(), r.tls().groups(), r.tls().fullHandshakes(),
                    r.tls().warmupCpuNanos() / 1e9));
        }
        if (!o.serverPids().isEmpty()) {
            out.println(Messages.get("server.joins", o.label(), r.serverJoinCpuNanos() / 1e9,
                    r.serverMillisPerJoin(), r.serverJitMillisPerJoin()));
            out.println(Messages.get("server", o.label(), r.serverCpuNanos() / 1e9, r.serverMicrosPerDelivery(),
                    r.serverJitMicrosPerDelivery(), r.serverRssBytes() / 1048576.0));
        }
        out.println(r.machineLine());
        out.flush();
    }

    /** With several servers: what each got, and the cross-node deliveries. */
    private static void printSpread(Result r, PrintStream out) {
        Spread spread = r.spread();
        if (spread.servers().size() < 2) {
            return;
        }
        String label = r.options().label();
        for (Spread.Share s : spread.servers()) {
            out.println(Messages.get("per.server", label, s.address().getAddress().getHostAddress(),
                    s.address().getPort(), s.joined(), s.senders(), s.receivers(), s.sent(), s.delivered(),
                    s.expected(), s.foreign()));
        }
        if (r.options().servers().shared()) {
            out.println(Messages.get("cross", label, spread.crossDeliveries(), spread.crossP50Micros() / 1e3,
                    spread.crossP99Micros() / 1e3));
        }
    }
}
