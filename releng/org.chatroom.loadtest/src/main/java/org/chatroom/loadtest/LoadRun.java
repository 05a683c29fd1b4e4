package org.chatroom.loadtest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import javax.net.ssl.SSLEngine;

/**
 * One bounded run: N clients join (timed), K of them send for the configured duration, the last deliveries are
 * awaited, everything is closed. Every wait has a deadline, so a run always ends.
 */
final class LoadRun {

    private static final long POLL_MILLIS = 5;
    private static final long PHASE_ACK_MILLIS = 5_000;
    private static final long STALL_MILLIS = 2_000;
    private static final long THREAD_JOIN_MILLIS = 10_000;

    private final Options options;

    LoadRun(Options options) {
        this.options = options;
    }

    Result run() throws IOException, InterruptedException {
        TlsClients tls = options.tls() ? TlsClients.create() : null;
        long warmupCpu = tls == null ? 0 : TlsClients.warmUp(options.tlsWarmup());
        ServerProcess server = options.serverPids().isEmpty() ? null : new ServerProcess(options.serverPids());
        ServerProcess.Cpu serverJoinCpu = server == null ? ServerProcess.Cpu.UNKNOWN : server.cpu();
        long cpuStart = processCpuNanos();
        long epoch = System.nanoTime();
        RunControl control = new RunControl(options, epoch);
        List<IoLoop> loops = createLoops(control, tls == null ? null : tls.engines());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < loops.size(); i++) {
            Thread thread = new Thread(loops.get(i), "load-io-" + i);
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        try {
            awaitUntil(() -> control.joined() + control.failed() >= options.total()
                    && control.joinGate().settled(System.nanoTime()) || failed(loops), options.joinTimeout().toMillis());
            long joinWaitEnd = System.nanoTime();
            if (server != null) {
                serverJoinCpu = server.cpu().since(serverJoinCpu);
            }
            if (options.settle() && control.joined() > 0) {
                settle(control, loops);
            }
            long sendStart = 0;
            long sendEnd = 0;
            ServerProcess.Cpu serverCpu = ServerProcess.Cpu.UNKNOWN;
            long serverRss = -1;
            if (options.senders() > 0 && !options.duration().isZero() && control.joined() > 0) {
                ServerProcess.Cpu serverCpuBefore = server == null ? ServerProcess.Cpu.UNKNOWN : server.cpu();
                sendStart = System.nanoTime();
                control.startSending(sendStart);
                loops.forEach(IoLoop::wakeup);
                awaitUntil(() -> failed(loops), options.duration().toMillis());
                sendEnd = System.nanoTime();
                control.enter(RunControl.DRAIN);
                loops.forEach(IoLoop::wakeup);
                awaitUntil(() -> allSeen(loops, RunControl.DRAIN) || failed(loops), PHASE_ACK_MILLIS);
                drain(loops);
                if (server != null) {
                    serverCpu = server.cpu().since(serverCpuBefore);
                    serverRss = server.residentBytes();
                }
            } else if (server != null) {
                serverRss = server.residentBytes();
            }
            control.enter(RunControl.STOP);
            loops.forEach(IoLoop::wakeup);
            for (Thread thread : threads) {
                thread.join(THREAD_JOIN_MILLIS);
            }
            for (IoLoop loop : loops) {
                if (loop.failure() != null) {
                    throw new IOException("an I/O thread failed", loop.failure());
                }
            }
            return Result.of(options, control, loops, joinWaitEnd, sendStart, sendEnd,
                    processCpuNanos() - cpuStart).withServer(serverCpu, serverRss).withJoins(serverJoinCpu,
                    tls == null ? null : new Result.TlsReport(tls.engineName(), tls.groups(), warmupCpu, tls.fullHandshakes()));
        } finally {
            control.enter(RunControl.STOP);
            loops.forEach(IoLoop::wakeup);
        }
    }

    /**
     * Waits (at most the join timeout) until every member has received a line the first client sends now: the room
     * delivers in order, so each member then has every join notice ordered before it. A join storm that is still
     * being delivered is not measured as the senders' latency.
     */
    private void settle(RunControl control, List<IoLoop> loops) throws InterruptedException {
        long start = System.nanoTime();
        control.startSettling(("settle-" + start).getBytes(java.nio.charset.StandardCharsets.US_ASCII), loops.size());
        loops.forEach(IoLoop::wakeup);
        awaitUntil(() -> control.settled() >= control.joined() || failed(loops), options.joinTimeout().toMillis());
        if (control.settled() >= control.joined()) {
            control.settledAfter(System.nanoTime() - start);
        }
    }

    private List<IoLoop> createLoops(RunControl control, Supplier<SSLEngine> tls) throws IOException {
        int threads = Math.min(options.threads(), options.total());
        List<List<Connection>> shares = new ArrayList<>();
        List<Histogram> latencies = new ArrayList<>();
        List<Histogram> crossLatencies = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            shares.add(new ArrayList<>());
            latencies.add(new Histogram());
            crossLatencies.add(new Histogram());
        }
        for (int i = 0; i < options.total(); i++) {
            int share = i % threads;
            int sender = i < options.senders() ? i : -1;
            shares.get(share).add(new Connection(i, sender, i >= options.clients(), options, control.epoch(),
                    latencies.get(share), crossLatencies.get(share)));
        }
        List<IoLoop> loops = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            loops.add(new IoLoop(control, shares.get(i), latencies.get(i), crossLatencies.get(i), tls));
        }
        return loops;
    }

    /** Waits for the deliveries still in flight: until all expected arrived, nothing arrives for a while, or the drain timeout. */
    private void drain(List<IoLoop> loops) throws InterruptedException {
        int groups = options.groupCount();
        long[] sentByGroup = new long[groups];
        long[] receiversByGroup = new long[groups];
        long sent = 0;
        for (IoLoop loop : loops) {
            sent += loop.sent();
            for (int group = 0; group < groups; group++) {
                sentByGroup[group] += loop.sentInGroup(group);
                receiversByGroup[group] += loop.receiversInGroup(group);
            }
        }
        // IRC servers echo no member's own messages unless asked to (--irc-echo): every sender receives one less
        long expected = Rooms.expected(sentByGroup, receiversByGroup, options.ownEcho() ? 0 : sent);
        long deadline = System.nanoTime() + options.drainTimeout().toNanos();
        long lastCount = -1;
        long lastChange = System.nanoTime();
        while (System.nanoTime() < deadline && !failed(loops)) {
            long delivered = 0;
            for (IoLoop loop : loops) {
                delivered += loop.delivered();
            }
            if (delivered >= expected) {
                return;
            }
            long now = System.nanoTime();
            if (delivered != lastCount) {
                lastCount = delivered;
                lastChange = now;
            } else if (now - lastChange > STALL_MILLIS * 1_000_000) {
                return;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** CPU time of this process so far (the tool shares the machine with the server it measures). */
    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    private static boolean allSeen(List<IoLoop> loops, int phase) {
        for (IoLoop loop : loops) {
            if (loop.phaseSeen() < phase) {
                return false;
            }
        }
        return true;
    }

    private static boolean failed(List<IoLoop> loops) {
        for (IoLoop loop : loops) {
            if (loop.failure() != null) {
                return true;
            }
        }
        return false;
    }

    private static void awaitUntil(BooleanSupplier done, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(Math.min(POLL_MILLIS, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
        }
    }
}
