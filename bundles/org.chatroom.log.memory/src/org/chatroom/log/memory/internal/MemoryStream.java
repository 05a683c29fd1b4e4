package org.chatroom.log.memory.internal;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.chatroom.api.log.EventDraft;
import org.chatroom.api.log.Retention;
import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.log.RoomEventListener;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.api.log.RoomStream;

/**
 * One room in memory: its newest events, its sequence counter and its settings. It outlives {@link #close()} (a room
 * reopened in the same process continues its numbers) until {@link #delete()}. The listener is called inside
 * {@link #append}, under this stream's lock, so events reach it in sequence order.
 */
final class MemoryStream implements RoomStream {

    /** Rough per-event overhead in bytes (objects, references), for {@link #bytes()}. */
    private static final int EVENT_OVERHEAD = 96;

    private final String room;
    private final int keepEvents;
    private final Consumer<String> onDelete;
    private final ArrayDeque<RoomEvent> events = new ArrayDeque<>();
    private final Map<String, String> settings = new HashMap<>();
    private Retention retention = Retention.UNLIMITED;
    private RoomEventListener listener; // null while closed
    private long last;

    MemoryStream(String room, int keepEvents, Consumer<String> onDelete) {
        this.room = room;
        this.keepEvents = keepEvents;
        this.onDelete = onDelete;
    }

    synchronized void attach(RoomEventListener newListener) {
        if (listener != null) {
            throw new IllegalStateException("room " + room + " is already open");
        }
        listener = newListener;
    }

    @Override
    public String room() {
        return room;
    }

    @Override
    public synchronized void append(EventDraft draft) throws RoomLogException {
        if (listener == null) {
            throw new RoomLogException("the log of room " + room + " is closed");
        }
        RoomEvent event = draft.committed(room, ++last);
        events.addLast(event);
        trim(draft.time());
        listener.committed(event);
    }

    private void trim(Instant now) {
        long byCount = retention.maxEvents() == 0 ? keepEvents : Math.min(keepEvents, retention.maxEvents());
        while (events.size() > Math.max(1, byCount)) {
            events.removeFirst();
        }
        if (!retention.maxAge().isZero()) {
            Instant oldest = now.minus(retention.maxAge());
            while (events.size() > 1 && events.peekFirst().time().isBefore(oldest)) {
                events.removeFirst();
            }
        }
    }

    @Override
    public synchronized long lastSequence() {
        return last;
    }

    @Override
    public synchronized long firstSequence() {
        return events.isEmpty() ? last + 1 : events.peekFirst().seq();
    }

    @Override
    public synchronized List<RoomEvent> after(long seq, int max) {
        requirePositive(max);
        List<RoomEvent> page = new ArrayList<>(Math.min(max, events.size()));
        for (RoomEvent event : events) {
            if (event.seq() > seq) {
                page.add(event);
                if (page.size() == max) {
                    break;
                }
            }
        }
        return page;
    }

    @Override
    public synchronized List<RoomEvent> before(long seq, int max) {
        requirePositive(max);
        List<RoomEvent> page = new ArrayList<>(Math.min(max, events.size()));
        for (Iterator<RoomEvent> newestFirst = events.descendingIterator(); newestFirst.hasNext()
                && page.size() < max;) {
            RoomEvent event = newestFirst.next();
            if (event.seq() < seq) {
                page.add(event);
            }
        }
        Collections.reverse(page);
        return page;
    }

    @Override
    public synchronized List<RoomEvent> search(String query, int max) {
        requirePositive(max);
        String[] words = query.toLowerCase(Locale.ROOT).strip().split("\\s+");
        List<RoomEvent> found = new ArrayList<>();
        for (Iterator<RoomEvent> newestFirst = events.descendingIterator(); newestFirst.hasNext()
                && found.size() < max;) {
            RoomEvent event = newestFirst.next();
            if (event.kind().said() && matches(event, words)) {
                found.add(event);
            }
        }
        return found;
    }

    private static boolean matches(RoomEvent event, String[] words) {
        String text = event.text().toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public synchronized void retention(Retention newRetention) {
        retention = newRetention;
        trim(Instant.now());
    }

    @Override
    public synchronized Map<String, String> settings() {
        return Map.copyOf(settings);
    }

    @Override
    public synchronized void setting(String key, String value) {
        if (value == null) {
            settings.remove(key);
        } else {
            settings.put(key, value);
        }
    }

    @Override
    public synchronized void delete() {
        events.clear();
        settings.clear();
        listener = null;
        onDelete.accept(room);
    }

    @Override
    public synchronized void close() {
        listener = null;
    }

    synchronized int kept() {
        return events.size();
    }

    synchronized long bytes() {
        long bytes = 0;
        for (RoomEvent event : events) {
            bytes += EVENT_OVERHEAD + 2L * (event.name().length() + event.text().length());
        }
        return bytes;
    }

    private static void requirePositive(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be positive: " + max);
        }
    }
}
