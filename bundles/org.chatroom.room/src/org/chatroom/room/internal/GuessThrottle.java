package org.chatroom.room.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Wrong passwords counted per source address across connections (IPv6 per /64, what one host usually has). The
 * first {@code free} failures cost nothing; each further one makes the address wait before its next guess is heard,
 * {@code firstDelay} doubling with every failure; at {@code lockoutFailures} the address is locked out for
 * {@code lockout}. An address that has not failed for {@code lockout} starts afresh, and a right password clears it.
 * Guesses sent while waiting are refused without being checked (so they cost no hashing). For the log it reports at
 * most one summary line per address and {@code lockout} interval, instead of one line per failure. Each secret is
 * counted on its own ({@code scope}: the server password by the methods without one, a room's password by the room's
 * scope), so a right server password clears nothing of an address's wrong room passwords. At most
 * {@value #MAX_ADDRESSES} addresses and scopes are remembered (the least recently seen are forgotten). Thread safe.
 */
public final class GuessThrottle {

    static final int MAX_ADDRESSES = 10_000;

    /**
     * @param free            wrong passwords an address may send before it has to wait
     * @param firstDelay      the first wait, doubled with each further failure
     * @param lockoutFailures wrong passwords after which the address is locked out
     * @param lockout         how long a lockout lasts; also the interval of the summary log lines
     */
    public record Policy(int free, Duration firstDelay, int lockoutFailures, Duration lockout) {
    }

    private static final class Entry {
        int failures;
        int unreported;
        int refused;
        long lastFailure;
        long notBefore;
        long lastReport;
        boolean reported;
    }

    private final Policy policy;
    private final Map<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    public GuessThrottle(Policy policy) {
        this.policy = policy;
    }

    /** The scope of the server password. */
    static final String SERVER = "";

    /** @return the scope of the password of the room {@code room} */
    static String room(String room) {
        return "room " + room;
    }

    /** @return how long {@code address} must still wait before a guess is heard; zero when it may guess now */
    Duration waitFor(InetAddress address, long nowNanos) {
        return waitFor(SERVER, address, nowNanos);
    }

    /** A guess refused because the address must wait; @return a summary line for the log, when one is due */
    Optional<String> refused(InetAddress address, long nowNanos) {
        return refused(SERVER, address, nowNanos);
    }

    /** A wrong password; @return a summary line for the log, when one is due */
    Optional<String> failed(InetAddress address, long nowNanos) {
        return failed(SERVER, address, nowNanos);
    }

    void succeeded(InetAddress address) {
        succeeded(SERVER, address);
    }

    /**
     * @return how many guesses of the server password {@code address} may still send before it has to wait (at
     *         least 1: the next one is heard when no wait is due)
     */
    synchronized int freeLeft(InetAddress address, long nowNanos) {
        Entry entry = current(key(SERVER, address), nowNanos);
        return Math.max(1, policy.free() - (entry == null ? 0 : entry.failures));
    }

    /** {@link #waitFor(InetAddress, long)} for the secret {@code scope}. */
    synchronized Duration waitFor(String scope, InetAddress address, long nowNanos) {
        Entry entry = current(key(scope, address), nowNanos);
        return entry == null || entry.notBefore - nowNanos <= 0 ? Duration.ZERO
                : Duration.ofNanos(entry.notBefore - nowNanos);
    }

    /** {@link #refused(InetAddress, long)} for the secret {@code scope}. */
    synchronized Optional<String> refused(String scope, InetAddress address, long nowNanos) {
        String key = key(scope, address);
        Entry entry = entry(key, nowNanos);
        entry.refused++;
        return report(key, entry, nowNanos);
    }

    /** {@link #failed(InetAddress, long)} for the secret {@code scope}. */
    synchronized Optional<String> failed(String scope, InetAddress address, long nowNanos) {
        String key = key(scope, address);
        Entry entry = entry(key, nowNanos);
        entry.failures++;
        entry.unreported++;
        entry.lastFailure = nowNanos;
        if (entry.failures >= policy.lockoutFailures()) {
            entry.notBefore = nowNanos + policy.lockout().toNanos();
        } else if (entry.failures >= policy.free()) {
            int doublings = Math.min(entry.failures - policy.free(), 30);
            long delay = Math.min(policy.firstDelay().toNanos() << doublings, policy.lockout().toNanos());
            entry.notBefore = nowNanos + Math.max(delay, 0);
        }
        return report(key, entry, nowNanos);
    }

    synchronized void succeeded(String scope, InetAddress address) {
        entries.remove(key(scope, address));
    }

    private Optional<String> report(String key, Entry entry, long nowNanos) {
        boolean locked = entry.failures >= policy.lockoutFailures() && entry.notBefore - nowNanos > 0;
        if (entry.reported && nowNanos - entry.lastReport < policy.lockout().toNanos()) {
            return Optional.empty();
        }
        long waitSeconds = seconds(Duration.ofNanos(Math.max(entry.notBefore - nowNanos, 0)));
        String line = String.format("%s: %d wrong password(s) and %d refused guess(es) since the last report "
                + "(%d failures in a row); %s", key, entry.unreported, entry.refused, entry.failures,
                locked ? "locked out for " + waitSeconds + " s" : waitSeconds > 0 ? "next guess heard in "
                        + waitSeconds + " s" : "no wait");
        entry.reported = true;
        entry.lastReport = nowNanos;
        entry.unreported = 0;
        entry.refused = 0;
        return Optional.of(line);
    }

    private Entry entry(String key, long nowNanos) {
        Entry entry = current(key, nowNanos);
        if (entry == null) {
            entry = new Entry();
            entries.put(key, entry);
        }
        return entry;
    }

    /** The entry, forgotten when it has neither failed nor had to wait for a whole lockout interval. */
    private Entry current(String key, long nowNanos) {
        Entry entry = entries.get(key);
        if (entry != null && entry.notBefore - nowNanos <= 0
                && nowNanos - entry.lastFailure >= policy.lockout().toNanos()
                && nowNanos - entry.lastReport >= policy.lockout().toNanos()) {
            entries.remove(key);
            return null;
        }
        return entry;
    }

    /** @return whole seconds, rounded up */
    static long seconds(Duration wait) {
        return (wait.toMillis() + 999) / 1000;
    }

    /** {@link #key(InetAddress)}, for a room's password with the room's scope before it. */
    static String key(String scope, InetAddress address) {
        return scope.isEmpty() ? key(address) : scope + " from " + key(address);
    }

    /** An IPv4 address as it is, an IPv6 one by its /64; {@code unknown} when the transport does not say. */
    static String key(InetAddress address) {
        if (address == null) {
            return "unknown";
        }
        if (address instanceof Inet6Address) {
            byte[] prefix = Arrays.copyOf(address.getAddress(), 16);
            Arrays.fill(prefix, 8, 16, (byte) 0);
            return prefixText(prefix);
        }
        return address.getHostAddress();
    }

    private static String prefixText(byte[] prefix) {
        try {
            return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            throw new IllegalStateException("16 bytes", e);
        }
    }
}
