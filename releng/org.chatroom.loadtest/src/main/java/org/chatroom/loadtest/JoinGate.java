package org.chatroom.loadtest;

import java.util.Arrays;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Paces joins across all I/O threads: at most {@code concurrency} clients between connect and welcome at once
 * (0 = no limit), optionally a pause after each join, and optionally (confirmed joins, one at a time) waiting
 * until the previous member has seen the newcomer's {@code NAME joined the chat}: the original server's join
 * broadcast is complete only then, and a join that starts earlier can crash it. With several rooms the member who
 * confirms is the previous newcomer of the same room (members of other rooms see no notice).
 */
final class JoinGate {

    /** A confirmation that never comes (the server sends no join notices) does not stall the joins for longer. */
    private static final long CONFIRM_TIMEOUT_NANOS = 500_000_000L;

    private final Semaphore slots;
    private final long pauseNanos;
    private final boolean confirm;
    private final Protocol protocol;
    private final Rooms rooms;
    /** {@link System#nanoTime()} before which nobody connects; 0 before the first join. */
    private final AtomicLong notBefore = new AtomicLong();
    /** Per room, the last client that joined it, or -1. */
    private final int[] lastJoined;
    private volatile int confirmer = -1;
    private volatile String notice = "";
    private long confirmDeadline;

    JoinGate(int concurrency, long pauseNanos, boolean confirm) {
        this(concurrency, pauseNanos, confirm, Protocol.ORIGINAL);
    }

    JoinGate(int concurrency, long pauseNanos, boolean confirm, Protocol protocol) {
        this(concurrency, pauseNanos, confirm, protocol, new Rooms(1, "#room"));
    }

    JoinGate(int concurrency, long pauseNanos, boolean confirm, Protocol protocol, Rooms rooms) {
        this.confirm = confirm;
        this.protocol = protocol;
        this.rooms = rooms;
        this.lastJoined = new int[rooms.count()];
        Arrays.fill(lastJoined, -1);
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
        int room = rooms.of(index);
        int previous = lastJoined[room];
        lastJoined[room] = index;
        if (!confirm || previous < 0) {
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
