package org.chatroom.room.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.chatroom.api.log.EventDraft;
import org.chatroom.api.log.EventKind;
import org.chatroom.api.log.RoomLogException;

/**
 * The leaves and renames that happened on this server but that the log refused (at once, or after accepting them):
 * the member is gone from the room, or renamed, here, so the log owes the rooms the event, and it is appended again
 * until the log takes it, in the order they happened. One whose member is back under that name meanwhile is dropped
 * (the room has moved on). A leave keeps who removed the member ({@code EventDraft.by}). Kept in memory only; a
 * leaving member's presence record stays until its leave is delivered ({@link Cluster#leaving}), so a node that dies
 * owing a leave has it said by the node expiry. A rename is recorded at once: a node that dies owing one takes it
 * along (the expiry then says the new name leave). Used under the lobby's lock.
 */
final class OwedEvents {

    /** One owed event. */
    static final class Owed {
        final ChatRoom room;
        final EventKind kind;
        final String name;
        private final String text;
        private final String by;

        private Owed(ChatRoom room, EventDraft draft) {
            this.room = room;
            this.kind = draft.kind();
            this.name = draft.name();
            this.text = draft.text();
            this.by = draft.by();
        }

        EventDraft draft() {
            return new EventDraft(Instant.now(), kind, name, text, by);
        }
    }

    /** Whether an owed event no longer applies. */
    @FunctionalInterface
    interface Stale {
        boolean test(Owed event);
    }

    private final List<Owed> owed = new ArrayList<>();

    /** {@code draft} (a {@code LEAVE} or {@code NICK} of {@code room}) was refused: it is owed. */
    void add(ChatRoom room, EventDraft draft) {
        owed.add(new Owed(room, draft));
    }

    boolean isEmpty() {
        return owed.isEmpty();
    }

    /** The events owed now, oldest first. */
    List<Owed> due() {
        return List.copyOf(owed);
    }

    /** How many events one round of {@link #retry} appended, and why it stopped early (null when it did not). */
    record Round(int appended, RoomLogException refused) {
    }

    /**
     * Appends the first {@code max} owed events again, oldest first, except those {@code stale} says no longer apply;
     * stops at the first the log refuses at once, which stays owed with the ones after it. One the log refuses later
     * comes back through {@link #add}.
     */
    Round retry(int max, Stale stale) {
        int appended = 0;
        int seen = 0;
        for (Iterator<Owed> events = owed.iterator(); events.hasNext() && seen++ < max;) {
            Owed event = events.next();
            if (!stale.test(event)) {
                try {
                    event.room.append(event.draft());
                } catch (RoomLogException e) {
                    return new Round(appended, e);
                }
                appended++;
            }
            events.remove();
        }
        return new Round(appended, null);
    }
}
