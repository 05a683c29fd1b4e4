package org.chatroom.room.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chatroom.api.log.RoomEvent;

/**
 * The members of one room as the delivered events say (joins, leaves, renames), in the order they joined, on every
 * server that shares the room: the log carries every server's events, and a room opened while members of other
 * servers were already in it starts with those ({@link #seed}). Also what waits for a member's join to be delivered.
 * Used under the lobby's lock.
 */
final class RoomRoster {

    private final Set<String> names = new LinkedHashSet<>();
    /** What waits for the join of a member (by the name it joined with) to be delivered. */
    private final Map<String, Runnable> joinWaits = new HashMap<>();

    /** The room opens with {@code present} in it (the members the other servers have in it). */
    void seed(Collection<String> present) {
        names.addAll(present);
    }

    /** {@code event} is delivered now: the members it changes. */
    void committed(RoomEvent event) {
        switch (event.kind()) {
        case JOIN -> names.add(event.name());
        case LEAVE -> names.remove(event.name());
        case NICK -> {
            if (names.remove(event.name())) {
                names.add(event.text());
            }
        }
        default -> {
            // messages, actions and topics change no member
        }
        }
    }

    /** Runs {@code then} once the join of {@code name} has been delivered: at once when it has. */
    void afterJoin(String name, Runnable then) {
        if (names.contains(name)) {
            then.run();
        } else {
            joinWaits.put(name, then);
        }
    }

    /** The join of {@code name} was delivered, or given up: what waited for it runs. */
    void joinSettled(String name) {
        Runnable waiting = joinWaits.remove(name);
        if (waiting != null) {
            waiting.run();
        }
    }

    List<String> names() {
        return List.copyOf(names);
    }

    void clear() {
        names.clear();
        joinWaits.clear();
    }
}
