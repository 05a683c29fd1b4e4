package org.chatroom.loadtest;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntUnaryOperator;

/**
 * Paces joins across all I/O threads: at most {@code concurrency} clients between connect and welcome at once
 * (0 = no limit), optionally a pause after each join, and optionally (confirmed joins, one at a time) waiting
 * until the previous member has seen the newcomer's {@code NAME joined the chat}: the original server's join
 * broadcast is complete only then, and a join that starts earlier can crash it. The member who confirms is the last
 * one who joined the same room (servers that do not share their room are rooms of their own).
 */
final class JoinGate {

    /** A confirmation that never comes (the server sends no join notices) does not stall the joins for longer. */
    private static final long CONFIRM_TIMEOUT_NANOS = 500_000_000L;

    private final Semaphore slots;
    private final long pauseNanos;
    private final boolean confirm;
    private final Protocol protocol;
    /** {@link System#nanoTime()} before which nobody connects; 0 before the first join. */
    private final AtomicLong notBefore = new AtomicLong();
    private final IntUnaryOperator roomOf;
    /** Per room: the last client that joined it. */
    private final Map<Integer, Integer> lastJoined = new HashMap<>();
    private volatile int confirmer = -1;
    private volatile String notice = "";
    private long confirmDeadline;

    JoinGate(int concurrency, long pauseNanos, boolean confirm) {
        this(concurrency, pauseNanos, confirm, Protocol.ORIGINAL);
    }

    JoinGate(int concurrency, long pauseNanos, boolean confirm, Protocol protocol) {
        this(concurrency, pauseNanos, confirm, protocol, client -> 0);
    }

    /** {@code roomOf} tells the room of a client (one room for all: {@code client -> 0}). */
    JoinGate(int concurrency, long pauseNanos, boolean confirm, Protocol protocol, IntUnaryOperator roomOf) {
        this.confirm = confirm;
        this.roomOf = roomOf;
        this.protocol = protocol;
        this.slots = confirm ? new Semaphore(1) : concurrency == 0 ? null : new Semaphore(concurrency);
        this.pauseNanos = pauseNanos;
    }

    /** True if one more client may start its handshake now; it must then call {@link #joined} or {@link #failed}. */
    boolean tryStart(long now) {
        long waitUntil = notBefore.get();
        if (waitUntil != 0 && now - waitUntil < 0) {
            return false;
        }
        return slots == null || slots.tryAcquire();
    }

    /** Client {@code index} got its welcome. */
    synchronized void joined(int index, long now) {
        Integer previous = lastJoined.put(roomOf.applyAsInt(index), index);
        if (!confirm || previous == null) {
            release(now);
            return;
        }
        notice = protocol.joinNotice(Options.clientName(index));
        confirmDeadline = now + CONFIRM_TIMEOUT_NANOS;
        confirmer = previous;
    }

    /** A handshake failed. */
    synchronized void failed(long now) {
        confirmer = -1;
        release(now);
    }

    /** The member who must see the last newcomer's join notice, or -1. */
    int confirmer() {
        return confirmer;
    }

    String notice() {
        return notice;
    }

    /** {@code index} saw the notice (or the wait is over): the next client may connect. */
    synchronized void confirmed(int index, long now) {
        if (confirmer == index) {
            confirmer = -1;
            release(now);
        }
    }

    /**
     * Whether the joins are over as far as this gate is concerned: no confirmation is awaited and the pause after
     * the last join has passed, so sending may start without racing the last join's broadcast.
     */
    boolean settled(long now) {
        long waitUntil = notBefore.get();
        return confirmer < 0 && (waitUntil == 0 || now - waitUntil >= 0);
    }

    /** Releases a confirmation that is overdue. */
    synchronized void expire(long now) {
        if (confirmer >= 0 && now - confirmDeadline > 0) {
            confirmer = -1;
            release(now);
        }
    }

    private void release(long now) {
        if (pauseNanos > 0) {
            notBefore.set(now + pauseNanos);
        }
        if (slots != null) {
            slots.release();
        }
    }
}
