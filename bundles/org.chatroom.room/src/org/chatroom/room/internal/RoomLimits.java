package org.chatroom.room.internal;

import org.chatroom.api.transport.TransportLimits;

/**
 * The limits a room enforces.
 *
 * @param maxMessageBytes longest message text, in UTF-8 bytes
 * @param maxQueuedBytes  outbound bytes that may wait for one member
 * @param ratePerSecond   sustained messages per second per member; 0 or less for no limit
 * @param rateBurst       messages a member may send at once
 * @param maxNameLength   longest name, in code points
 */
public record RoomLimits(int maxMessageBytes, int maxQueuedBytes, double ratePerSecond, int rateBurst,
        int maxNameLength) {

    /** Room for the command and name around the text of an extended line. */
    static final int LINE_OVERHEAD = 256;
    /** A member sending faster than this many times the limit is disconnected. */
    static final int FLOOD_FACTOR = 5;

    public static RoomLimits of(RoomConfig config) {
        return new RoomLimits(config.max_message_bytes(), config.max_queued_bytes(), config.rate_per_second(),
                config.rate_burst(), config.max_name_length());
    }

    public TransportLimits transportLimits() {
        return new TransportLimits(maxMessageBytes + LINE_OVERHEAD, maxQueuedBytes);
    }

    RateLimiter newRateLimiter(long nowNanos) {
        return new RateLimiter(ratePerSecond, rateBurst, nowNanos);
    }

    RateLimiter newFloodLimiter(long nowNanos) {
        return new RateLimiter(ratePerSecond * FLOOD_FACTOR, rateBurst * FLOOD_FACTOR, nowNanos);
    }

    /** Length of {@code text} in UTF-8, without encoding it. */
    static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
