package org.chatroom.api.transport;

/**
 * Per-connection limits.
 *
 * @param maxFrameBytes  longest frame accepted from the peer, in bytes, without its newline
 * @param maxQueuedBytes most bytes waiting to be written to one peer before it counts as a slow reader
 */
public record TransportLimits(int maxFrameBytes, int maxQueuedBytes) {

    public static final TransportLimits DEFAULT = new TransportLimits(4096 + 256, 1 << 20);

    public TransportLimits {
        if (maxFrameBytes < 1 || maxQueuedBytes < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxFrameBytes + ", " + maxQueuedBytes);
        }
    }
}
