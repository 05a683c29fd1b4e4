package org.chatroom.loadtest;

import java.util.concurrent.atomic.AtomicInteger;

/** What the main thread and the I/O threads share during one run: the phase, the clock origin and join counts. */
final class RunControl {

    /** Clients connect and join; nobody sends. */
    static final int JOIN = 0;
    /** Senders send. */
    static final int SEND = 1;
    /** Senders stop; pending bytes are flushed and the last deliveries awaited. */
    static final int DRAIN = 2;
    /** I/O threads close everything and end. */
    static final int STOP = 3;

    private final Options options;
    private final long epoch;
    private final JoinGate joinGate;
    private final AtomicInteger joined = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private volatile int phase = JOIN;
    private volatile long sendStart;
    /** The line every member must receive before sending starts ({@link Options#settle}), once settling began. */
    private volatile byte[] marker;
    private final AtomicInteger settled = new AtomicInteger();
    private volatile long settleNanos = -1;

    RunControl(Options options, long epoch) {
        this.options = options;
        this.epoch = epoch;
        this.joinGate = new JoinGate(options.connectConcurrency(), options.joinPause().toNanos(),
                options.confirmJoins(), options.protocol(), options::groupOf);
    }

    JoinGate joinGate() {
        return joinGate;
    }

    Options options() {
        return options;
    }

    /** {@link System#nanoTime()} at the start of the run; message timestamps are relative to it. */
    long epoch() {
        return epoch;
    }

    int phase() {
        return phase;
    }

    void startSending(long now) {
        sendStart = now;
        phase = SEND;
    }

    void enter(int next) {
        phase = next;
    }

    long sendStart() {
        return sendStart;
    }

    /** Settling begins: the first client sends {@code line}, every member watches for it. */
    void startSettling(byte[] line) {
        marker = line;
    }

    byte[] marker() {
        return marker;
    }

    void settledOne() {
        settled.incrementAndGet();
    }

    int settled() {
        return settled.get();
    }

    /** From the start of settling until every member had the marker; -1 when not settled (none, or timed out). */
    long settleNanos() {
        return settleNanos;
    }

    void settledAfter(long nanos) {
        settleNanos = nanos;
    }

    void joinedOne() {
        joined.incrementAndGet();
    }

    void failedOne() {
        failed.incrementAndGet();
    }

    int joined() {
        return joined.get();
    }

    int failed() {
        return failed.get();
    }
}
