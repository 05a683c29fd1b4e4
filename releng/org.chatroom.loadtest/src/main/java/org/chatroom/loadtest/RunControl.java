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
    /** I/O threads whose members watch for the settling line, and how many there are. */
    private final AtomicInteger watching = new AtomicInteger();
    private volatile int watchers;
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

    /**
     * Settling begins: every member watches for {@code line}, and once the members of all {@code loops} I/O threads
     * watch ({@link #watching()}), the first client sends it: a thread that read the line before its members
     * watched would never see it.
     */
    void startSettling(byte[] line, int loops) {
        watchers = loops;
        marker = line;
    }

    /** One I/O thread's members watch for the settling line. */
    void watching() {
        watching.incrementAndGet();
    }

    /** Whether every I/O thread's members watch, so that the settling line may be sent. */
    boolean allWatching() {
        return watching.get() >= watchers;
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
