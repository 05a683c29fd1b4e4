package org.chatroom.irc.internal.session;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.chatroom.api.log.RoomEvent;

/**
 * Room events of the past as one {@code chathistory} batch ({@code BATCH +id chathistory target} ... {@code BATCH -id},
 * empty when there are none); a client without {@code batch} gets the lines alone.
 */
final class HistoryBatch {

    private static final AtomicLong BATCHES = new AtomicLong();

    private HistoryBatch() {
    }

    static void send(IrcClient client, String target, List<RoomEvent> events) {
        String batch = open(client, "chathistory", target);
        events.forEach(event -> EventLines.send(client, batch, event));
        close(client, batch);
    }

    /** Opens a batch of {@code type} with its parameters; @return its id, or null for a client without {@code batch} */
    static String open(IrcClient client, String... typeAndParameters) {
        if (!client.caps.has(Caps.BATCH)) {
            return null;
        }
        String batch = "h" + BATCHES.incrementAndGet();
        String[] params = new String[typeAndParameters.length + 1];
        params[0] = "+" + batch;
        System.arraycopy(typeAndParameters, 0, params, 1, typeAndParameters.length);
        client.out.send(null, client.out.server(), "BATCH", params);
        return batch;
    }

    static void close(IrcClient client, String batch) {
        if (batch != null) {
            client.out.send(null, client.out.server(), "BATCH", "-" + batch);
        }
    }
}
