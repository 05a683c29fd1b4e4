package org.chatroom.transport.socket.connection;

import java.util.HashMap;
import java.util.Map;

/**
 * Says whether an event of some key (an address refused, accept failing) should be logged now: once per interval and
 * key, with the number of events not logged since (thread safe).
 */
final class ThrottledLog {

    private static final int MAX_KEYS = 10_000;

    private static final class Seen {
        long logged;
        long suppressed;
    }

    private final long intervalNanos;
    private final Map<Object, Seen> seen = new HashMap<>();

    ThrottledLog(long intervalMillis) {
        this.intervalNanos = intervalMillis * 1_000_000;
    }

    /** @return -1 to stay silent, else the number of events of {@code key} not logged since it was last logged */
    synchronized long check(Object key, long nowNanos) {
        if (seen.size() > MAX_KEYS) {
            seen.values().removeIf(s -> nowNanos - s.logged > intervalNanos);
        }
        Seen entry = seen.get(key);
        if (entry == null) {
            entry = new Seen();
            entry.logged = nowNanos;
            seen.put(key, entry);
            return 0;
        }
        if (nowNanos - entry.logged < intervalNanos) {
            entry.suppressed++;
            return -1;
        }
        long suppressed = entry.suppressed;
        entry.logged = nowNanos;
        entry.suppressed = 0;
        return suppressed;
    }
}
