package org.chatroom.transport.socket.connection;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts connections per source address and decides whether a new one may enter (thread safe). Entries of
 * addresses with nothing open are dropped once their rate allowance is full again, so memory follows the addresses
 * seen recently.
 */
final class Admission {

    private static final class Counts {
        int open;
        int handshaking;
        double tokens;
        long refilled;
    }

    private final AddressLimits limits;
    private final Map<InetAddress, Counts> byAddress = new HashMap<>();
    private int total;

    Admission(AddressLimits limits) {
        this.limits = limits;
    }

    /**
     * @param handshake whether the connection starts with a transport handshake (counted until it is established)
     * @return why {@code address} may not open a connection now, or {@code null} when it was admitted (counted)
     */
    synchronized Refusal admit(InetAddress address, boolean handshake, long nowNanos) {
        if (byAddress.size() > 4 * Math.max(limits.maxConnections(), AddressLimits.DEFAULT.maxConnections())) {
            byAddress.values().removeIf(counts -> counts.open == 0 && refill(counts, nowNanos) >= limits.burst());
        }
        Counts counts = byAddress.computeIfAbsent(address, a -> fresh(nowNanos));
        refill(counts, nowNanos);
        Refusal refusal = null;
        if (AddressLimits.reached(total, limits.maxConnections())) {
            refusal = Refusal.TOTAL;
        } else if (AddressLimits.reached(counts.open, limits.maxPerAddress())) {
            refusal = Refusal.PER_ADDRESS;
        } else if (handshake && AddressLimits.reached(counts.handshaking, limits.maxHandshakesPerAddress())) {
            refusal = Refusal.HANDSHAKES;
        } else if (limits.ratePerSecond() > 0 && counts.tokens < 1) {
            refusal = Refusal.RATE;
        }
        if (refusal == null) {
            counts.tokens -= 1;
            counts.open++;
            counts.handshaking += handshake ? 1 : 0;
            total++;
        }
        return refusal;
    }

    private Counts fresh(long nowNanos) {
        Counts counts = new Counts();
        counts.tokens = limits.burst();
        counts.refilled = nowNanos;
        return counts;
    }

    private double refill(Counts counts, long nowNanos) {
        if (limits.ratePerSecond() == 0) { // no rate limit: the allowance is always full
            counts.tokens = limits.burst();
            counts.refilled = nowNanos;
            return counts.tokens;
        }
        double seconds = (nowNanos - counts.refilled) / 1e9;
        counts.tokens = Math.min(limits.burst(), counts.tokens + seconds * limits.ratePerSecond());
        counts.refilled = nowNanos;
        return counts.tokens;
    }

    /** An admitted connection of {@code address} finished its handshake. */
    synchronized void established(InetAddress address) {
        Counts counts = byAddress.get(address);
        if (counts != null && counts.handshaking > 0) {
            counts.handshaking--;
        }
    }

    /** An admitted connection of {@code address} closed; {@code handshaking} when it never finished its handshake. */
    synchronized void closed(InetAddress address, boolean handshaking, long nowNanos) {
        total--;
        Counts counts = byAddress.get(address);
        if (counts == null) {
            return;
        }
        counts.open--;
        if (handshaking && counts.handshaking > 0) {
            counts.handshaking--;
        }
        if (counts.open == 0 && refill(counts, nowNanos) >= limits.burst()) {
            byAddress.remove(address);
        }
    }

    synchronized int total() {
        return total;
    }
}
