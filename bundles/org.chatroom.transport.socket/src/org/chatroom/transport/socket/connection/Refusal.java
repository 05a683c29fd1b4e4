package org.chatroom.transport.socket.connection;

/** Why a connection was refused before it reached the room; each has a line for the peer. */
public enum Refusal {
    /** The endpoint holds {@link AddressLimits#maxConnections()} connections. */
    TOTAL("refused.total"),
    /** The address holds {@link AddressLimits#maxPerAddress()} connections. */
    PER_ADDRESS("refused.address"),
    /** The address opens connections faster than {@link AddressLimits#ratePerSecond()}. */
    RATE("refused.rate"),
    /** The address has {@link AddressLimits#maxHandshakesPerAddress()} handshakes unfinished. */
    HANDSHAKES("refused.handshakes");

    private final String key;

    Refusal(String key) {
        this.key = key;
    }

    /**
     * Why, for the refused peer (where its protocol lets us speak in clear text), in the listener's
     * {@link org.chatroom.api.transport.TransportLimits#refusalLine line}.
     */
    public String reason() {
        return Messages.get(key);
    }
}
