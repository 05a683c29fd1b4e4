package org.chatroom.room.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

import org.chatroom.api.log.EventDraft;
import org.chatroom.api.log.EventKind;
import org.chatroom.api.log.RoomLogException;

/**
 * The leaves and renames that happened on this server but that the log refused (at once, or after accepting them):
 * the member is gone from the room, or renamed, here and in the cluster's presence records, so the log owes the rooms
 * the event, and it is appended again until the log takes it, in the order they happened. One whose member is back
 * under that name meanwhile is dropped (the room has moved on). A leave keeps who removed the member
 * ({@code EventDraft.by}). Kept in memory only: when the node dies, the other nodes remove its members. Used under the
 * lobby's lock.
 */
final class OwedEvents {

    private record Owed(ChatRoom room, EventKind kind, String name, String text, String by) {
    }

    private final List<Owed> owed = new ArrayList<>();

    /** {@code draft} (a {@code LEAVE} or {@code NICK} of {@code room}) was refused: it is owed. */
    void add(ChatRoom room, EventDraft draft) {
        owed.add(new Owed(room, draft.kind(), draft.name(), draft.text(), draft.by()));
    }

    boolean isEmpty() {
        return owed.isEmpty();
    }

    int size() {
        return owed.size();
    }

    /** The rooms owed an event, each once. */
    List<ChatRoom> rooms() {
        Set<ChatRoom> rooms = new LinkedHashSet<>();
        owed.forEach(event -> rooms.add(event.room()));
        return List.copyOf(rooms);
    }

    /**
     * Appends the first {@code max} owed events again, oldest first, except those {@code stale} says no longer apply
     * (given the room and the event's kind, name and text as a draft); stops at the first the log refuses at once,
     * which stays owed with the ones after it. One the log refuses later comes back through {@link #add}.
     * @return how many were appended
     */
    int retry(int max, BiPredicate<ChatRoom, EventDraft> stale) throws RoomLogException {
        int appended = 0;
        int seen = 0;
        for (Iterator<Owed> events = owed.iterator(); events.hasNext() && seen++ < max;) {
            Owed event = events.next();
            EventDraft draft = new EventDraft(Instant.now(), event.kind(), event.name(), event.text(), event.by());
            if (!stale.test(event.room(), draft)) {
                event.room().append(draft);
                appended++;
            }
            events.remove();
        }
        return appended;
    }
}
