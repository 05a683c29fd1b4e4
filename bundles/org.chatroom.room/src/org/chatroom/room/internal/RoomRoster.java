package org.chatroom.room.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
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

    /** How many names {@link #departed} keeps at most, the oldest dropped first. */
    private static final int DEPARTED_KEPT = 1024;

    private final Set<String> names = new LinkedHashSet<>();
    /**
     * The names whose leave (or rename) was delivered last, oldest first: a presence record may still show one for a
     * moment (the leaving member's server removes it once it delivered the leave too), and it is left out then.
     */
    private final Set<String> departed = new LinkedHashSet<>();
    /** What waits for the join of a member (by the name it joined with) to be delivered. */
    private final Map<String, Runnable> joinWaits = new HashMap<>();

    /** The room opens with {@code present} in it (the members the other servers have in it). */
    void seed(Collection<String> present) {
        names.addAll(present);
    }

    /** {@code event} is delivered now: the members it changes. */
    void committed(RoomEvent event) {
        switch (event.kind()) {
        case JOIN -> {
            names.add(event.name());
            departed.remove(event.name());
        }
        case LEAVE -> {
            names.remove(event.name());
            depart(event.name());
        }
        case NICK -> {
            if (names.remove(event.name())) {
                names.add(event.text());
            }
            depart(event.name());
            departed.remove(event.text());
        }
        default -> {
            // messages, actions and topics change no member
        }
        }
    }

    private void depart(String name) {
        departed.remove(name);
        departed.add(name);
        if (departed.size() > DEPARTED_KEPT) {
            Iterator<String> oldest = departed.iterator();
            oldest.next();
            oldest.remove();
        }
    }

    /**
     * {@code present} (the presence records' members of the room, and this server's {@code seated}) without those
     * whose leave was delivered here and whose next join was not, but for this server's seated members.
     */
    List<String> withoutDeparted(List<String> present, Collection<String> seated) {
        if (departed.isEmpty()) {
            return present;
        }
        List<String> kept = new ArrayList<>(present.size());
        Set<String> here = null; // made on the first departed name: most reads meet none
        for (String name : present) {
            if (departed.contains(name)) {
                here = here == null ? new HashSet<>(seated) : here;
                if (!here.contains(name)) {
                    continue;
                }
            }
            kept.add(name);
        }
        return kept;
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
        departed.clear();
        joinWaits.clear();
    }
}
