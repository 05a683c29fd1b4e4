package org.chatroom.api.transport;

import java.util.Locale;

/**
 * Per-connection limits, and how the listener's protocol says that a connection is refused before it reaches the
 * room (too many connections from an address, clear text on a TLS port).
 *
 * @param maxFrameBytes  longest frame accepted from the peer, in bytes, without its newline
 * @param maxQueuedBytes most bytes waiting to be written to one peer before it counts as a slow reader
 * @param refusalFormat  the one line a refused peer is sent, with its line end, {@code %s} standing for the reason:
 *                       {@value #ROOMS_REFUSAL} for the rooms' protocols, {@code "ERROR :%s\r\n"} for IRC (since 2.2)
 */
public record TransportLimits(int maxFrameBytes, int maxQueuedBytes, String refusalFormat) {

    /** The rooms' protocols: a line their clients show as it is. */
    public static final String ROOMS_REFUSAL = "Error: %s\n";

    public static final TransportLimits DEFAULT = new TransportLimits(4096 + 256, 1 << 20);

    public TransportLimits {
        if (maxFrameBytes < 1 || maxQueuedBytes < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxFrameBytes + ", " + maxQueuedBytes);
        }
        if (!oneLineWithReason(refusalFormat)) {
            throw new IllegalArgumentException("the refusal format must be one line with one %s and its line end: "
                    + refusalFormat);
        }
    }

    private static boolean oneLineWithReason(String format) {
        return format != null && format.indexOf('\n') == format.length() - 1 && format.contains("%s")
                && format.replaceFirst("%s", "").indexOf('%') < 0;
    }

    /** Limits for the rooms' protocols ({@value #ROOMS_REFUSAL} for a refusal). */
    public TransportLimits(int maxFrameBytes, int maxQueuedBytes) {
        this(maxFrameBytes, maxQueuedBytes, ROOMS_REFUSAL);
    }

    /** The line, with its line end, that a peer refused for {@code reason} is sent. */
    public String refusalLine(String reason) {
        return String.format(Locale.ROOT, refusalFormat, reason);
    }
}
