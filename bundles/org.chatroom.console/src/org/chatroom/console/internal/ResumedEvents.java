package org.chatroom.console.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.chatroom.api.client.ChatEvent;

/**
 * Which of a room's history events are new to the user: those after the last event of the room this console
 * printed, which a resume brings (what was said while the client was away: printed as said, not marked
 * "(history)" as the history of a first join and older pages are). A room numbered afresh
 * ({@link ChatEvent#RENUMBERED}) starts over. One console's printing thread.
 */
final class ResumedEvents {

    /** The highest sequence number printed per room as live or new (what the user has seen come). */
    private final Map<String, Long> printed = new HashMap<>();
    /** The rooms whose missed events are being printed: the first of them was announced. */
    private final Set<String> announced = new HashSet<>();
    private boolean first;

    /**
     * @return whether the event last given to {@link #history} is the first of what a resume brings to its room (a
     *         line announces them: they follow "Connected as ...", with older times)
     */
    boolean firstMissed() {
        return first;
    }

    /** The event last given to {@link #history} is not printed: the next one printed is announced in its place. */
    void skipped(ChatEvent event) {
        if (first) {
            announced.remove(event.room());
            first = false;
        }
    }

    /** @return whether {@code event} reads as history: history the user saw before, or never saw any of the room */
    boolean history(ChatEvent event) {
        first = false;
        if (event.room().isEmpty()) {
            return event.history();
        }
        if (event.kind() == ChatEvent.Kind.NOTICE && event.seq() == ChatEvent.RENUMBERED) {
            printed.remove(event.room());
            announced.remove(event.room());
            return event.history();
        }
        if (event.seq() <= 0) {
            if (!event.history()) {
                announced.remove(event.room()); // the room's notice that the resume is complete, or any live line
            }
            return event.history();
        }
        Long last = printed.get(event.room());
        boolean history = event.history() && (last == null || event.seq() <= last);
        if (!history) { // live, or new to the user; the history of a first join does not count until live ones come
            printed.merge(event.room(), event.seq(), Math::max);
        }
        first = !history && event.history() && announced.add(event.room());
        if (!event.history()) {
            announced.remove(event.room()); // live again: a later resume is announced again
        }
        return history;
    }
}
