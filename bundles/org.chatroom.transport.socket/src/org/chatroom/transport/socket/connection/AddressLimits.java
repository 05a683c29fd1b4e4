package org.chatroom.transport.socket.connection;

/**
 * Admission limits of a listening endpoint, all enforced before a connection reaches the room.
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

    /** The defaults of the transports' configurations. */
    public static final AddressLimits DEFAULT = new AddressLimits(20_000, 64, 100, 200, 16, 60_000, 200);

    public AddressLimits {
        if (maxConnections < 1 || maxPerAddress < 1 || ratePerSecond <= 0 || burst < 1 || maxHandshakesPerAddress < 1
                || refusalLogIntervalMillis < 0 || acceptPauseMillis < 0) {
            throw new IllegalArgumentException("address limits must be positive");
        }
    }
}
