package org.chatroom.log.redis.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.chatroom.api.log.EventDraft;
import org.chatroom.api.log.EventKind;
import org.chatroom.api.log.RoomEvent;

import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.resps.StreamEntry;

/**
 * An event as the fields of a stream entry. The entry's ID is {@code seq-0}: the stream's order is the room's
 * sequence. The time comes first ({@code t}, epoch milliseconds), where the retention script reads it.
 */
final class EventCodec {

    static final String TIME = "t";
    static final String NANOS = "ns";
    static final String KIND = "k";
    static final String NAME = "n";
    static final String TEXT = "x";
    /** Who removed the member of a leave ({@code RoomEvent.by}), usually empty; absent in older entries. */
    static final String BY = "b";

    /** Stream fields and values of one event (see {@link #fields}). */
    static final int FIELD_COUNT = 12;

    private EventCodec() {
    }

    static List<String> fields(EventDraft draft) {
        Instant time = draft.time();
        return List.of(TIME, Long.toString(time.toEpochMilli()), NANOS, Integer.toString(time.getNano() % 1_000_000),
                KIND, draft.kind().name(), NAME, draft.name(), TEXT, draft.text(), BY, draft.by());
    }

    static RoomEvent decode(String room, StreamEntry entry) {
        Map<String, String> fields = entry.getFields();
        Instant time = Instant.ofEpochMilli(Long.parseLong(fields.get(TIME)))
                .plusNanos(Long.parseLong(fields.getOrDefault(NANOS, "0")));
        return new RoomEvent(room, sequence(entry.getID()), time, EventKind.valueOf(fields.get(KIND)),
                fields.get(NAME), fields.getOrDefault(TEXT, ""), fields.getOrDefault(BY, ""));
    }

    static long sequence(StreamEntryID id) {
        return id.getTime();
    }

    static StreamEntryID id(long sequence) {
        return new StreamEntryID(sequence, 0);
    }
}
