package org.chatroom.transport.socket.connection;

/**
 * Admission limits of a listening endpoint, all enforced before a connection reaches the room. A limit of 0 is no
 * limit ({@link #UNLIMITED}).
 *
 * @param maxConnections              connections open at once on the endpoint, from everywhere
 * @param maxPerAddress               connections open at once from one source address
 * @param ratePerSecond               new connections a second one source address may open, on average
 * @param burst                       new connections one source address may open at once before the rate applies
 * @param maxHandshakesPerAddress     connections of one source address still in their transport handshake (TLS)
 * @param refusalLogIntervalMillis    refusals of one address (and accept failures) are logged at most once per interval
 * @param acceptPauseMillis           how long accepting pauses after {@code accept} failed (descriptors exhausted)
 */
public record AddressLimits(int maxConnections, int maxPerAddress, double ratePerSecond, int burst,
        int maxHandshakesPerAddress, long refusalLogIntervalMillis, long acceptPauseMillis) {

    /** The value of a limit that is off. */
    public static final int UNLIMITED = 0;

    /** The defaults of the transports' configurations ({@link AddressLimitsConfig}). */
    public static final AddressLimits DEFAULT = new AddressLimits(20_000, 64, 100, 200, 16, 60_000, 200);

    public AddressLimits {
        if (maxConnections < 0 || maxPerAddress < 0 || ratePerSecond < 0 || Double.isNaN(ratePerSecond) || burst < 1
                || maxHandshakesPerAddress < 0 || refusalLogIntervalMillis < 0 || acceptPauseMillis < 0) {
            throw new IllegalArgumentException("address limits must be 0 (no limit) or positive, the burst at least 1");
        }
    }

    /** The limits a transport's configuration sets. */
    public static AddressLimits of(AddressLimitsConfig config) {
        return new AddressLimits(config.max_connections(), config.max_connections_per_address(),
                config.connections_per_second_per_address(), config.connection_burst_per_address(),
                config.max_handshakes_per_address(), config.refusal_log_interval_seconds() * 1000L,
                config.accept_pause_millis());
    }

    /** Whether {@code count} reaches {@code limit}, a limit of 0 never being reached. */
    static boolean reached(int count, int limit) {
        return limit != UNLIMITED && count >= limit;
    }
}
