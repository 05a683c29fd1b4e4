package org.chatroom.client.tests;

import java.time.Duration;

import org.chatroom.testing.OriginalClient;

/**
 * What an original client shows, read until an expected text has arrived. The original protocol has no framing,
 * so two messages sent close together may arrive in one chunk; the tests wait for text, not for chunk boundaries.
 */
final class Chunks {

    private final OriginalClient client;
    private final StringBuilder seen = new StringBuilder();

    Chunks(OriginalClient client) {
        this.client = client;
    }

    /** Waits until {@code text} has been shown after everything matched before; returns what came with it. */
    String await(String text, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (seen.indexOf(text) < 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("'" + text + "' not shown within " + timeout + "; shown: '" + seen + "'");
            }
            seen.append(client.nextChunk(Duration.ofNanos(left)));
        }
        int end = seen.indexOf(text) + text.length();
        String upTo = seen.substring(0, end);
        seen.delete(0, end);
        return upTo;
    }
}
