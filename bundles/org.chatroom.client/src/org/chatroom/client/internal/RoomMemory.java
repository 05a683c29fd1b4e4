package org.chatroom.client.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the client remembers of its {@code chatroom/2} rooms across connections: the rooms it is in (in join order),
 * the last sequence number received in each and the room's identity (to resume after a drop or a server restart, in
 * that room and no other of its name), the password given for each (in memory only), the oldest shown (for
 * scroll-back) and the room typed text goes to. Thread safe; held briefly.
 */
final class RoomMemory {

    private final Map<String, Long> lastSeen = new LinkedHashMap<>();
    private final Map<String, Long> oldest = new HashMap<>();
    private String current = "";
    private String asked = ""; // the room the user last asked to join or create: typed text goes there once joined
    private List<String> wanted = List.of(); // the settings' rooms, joined instead of the default room at first
    /** The rooms the user asked to create and has not joined yet, by lower-case name. */
    private final Set<String> creating = new HashSet<>();
    private final Map<String, String> passwords = new HashMap<>(); // by lower-case room: given on joining, kept here
    /** By lower-case room: the last event seen in a room whose return after a drop was refused. */
    private final Map<String, Long> refusedAt = new HashMap<>();
    /**
     * By lower-case room: the identity its last {@code JOINED} gave (none from a server before it had them); kept when
     * the room is left, as it only goes with a resume point ({@link #resumePoint}), and the next {@code JOINED}
     * replaces it.
     */
    private final Map<String, String> identities = new HashMap<>();

    /** The user asked to join or create {@code room}: once joined, typed text goes there. */
    synchronized void asked(String room) {
        asked = room;
    }

    /**
     * The room is joined (or rejoined) and its live events follow {@code seq}; typed text goes there when it is the
     * first room, or the one the user asked for, not when it is rejoined after a drop.
     */
    synchronized void joined(String room, long seq, String identity) {
        wanted = List.of();
        refusedAt.remove(room.toLowerCase(Locale.ROOT));
        if (identity.isEmpty()) {
            identities.remove(room.toLowerCase(Locale.ROOT));
        } else {
            identities.put(room.toLowerCase(Locale.ROOT), identity);
        }
        lastSeen.merge(room, seq, Math::max);
        oldest.merge(room, seq + 1, Math::min);
        if (current.isEmpty() || room.equalsIgnoreCase(asked)) { // the server may spell it otherwise
            current = room;
            asked = "";
        }
    }

    /** An event of {@code room} was received. */
    synchronized void seen(String room, long seq) {
        lastSeen.computeIfPresent(room, (key, last) -> Math.max(last, seq));
        oldest.merge(room, seq, Math::min);
    }

    /**
     * The user gave {@code password} for {@code room} ({@code /join ROOM PASSWORD}, empty for none): a rejoin after a
     * drop needs it. A join without one forgets an earlier one, unless the client is in the room.
     */
    synchronized void password(String room, String password) {
        if (!password.isEmpty()) {
            passwords.put(room.toLowerCase(Locale.ROOT), password);
        } else if (!lastSeen.containsKey(room)) {
            passwords.remove(room.toLowerCase(Locale.ROOT));
        }
    }

    /** The user asked to create {@code room} ({@code /create}): its join says so. */
    synchronized void creating(String room) {
        creating.add(room.toLowerCase(Locale.ROOT));
    }

    /** The user asked to join {@code room} ({@code /join}): not one being created (a create refused before it). */
    synchronized void joining(String room) {
        creating.remove(room.toLowerCase(Locale.ROOT));
    }

    /** @return whether {@code room}, joined now, is one the user asked to create (told once) */
    synchronized boolean created(String room) {
        return creating.remove(room.toLowerCase(Locale.ROOT));
    }

    /** @return the password the user gave for {@code room}, empty when none */
    synchronized String password(String room) {
        return passwords.getOrDefault(room.toLowerCase(Locale.ROOT), "");
    }

    synchronized void left(String room) {
        passwords.remove(room.toLowerCase(Locale.ROOT));
        lastSeen.remove(room);
        oldest.remove(room);
        if (current.equals(room)) {
            current = lastSeen.isEmpty() ? "" : lastSeen.keySet().iterator().next();
        }
    }

    /**
     * The client's return to {@code room} after a drop was refused (a password changed, a ban): it is out of it, and a
     * later {@code /join} of it resumes from the last event seen ({@link #resumePoint}), nothing missed twice.
     */
    synchronized void refused(String room) {
        Long seq = lastSeen.get(room);
        left(room);
        if (seq != null && seq > 0) {
            refusedAt.put(room.toLowerCase(Locale.ROOT), seq);
        }
    }

    /**
     * @return the last event seen in {@code room} while in it, or when its return was refused; null when none
     * @see #identity
     */
    synchronized Long resumePoint(String room) {
        Long seq = lastSeen.get(room);
        seq = seq != null ? seq : refusedAt.get(room.toLowerCase(Locale.ROOT));
        return seq == null || seq <= 0 ? null : seq;
    }

    /**
     * {@code room} has not reached the event the client resumes from: its numbering starts afresh (created again,
     * or a server whose history did not outlive a restart). Nothing of the room left is resumed; it is joined anew.
     */
    synchronized void renumbered(String room) {
        refusedAt.remove(room.toLowerCase(Locale.ROOT));
        identities.remove(room.toLowerCase(Locale.ROOT));
        lastSeen.computeIfPresent(room, (key, last) -> 0L);
        oldest.remove(room);
    }

    /**
     * The identity of the room {@code room} was when the client was last in it ({@code JOINED}), sent with a resume
     * so that another room of that name refuses it; empty when the server gave none.
     */
    synchronized String identity(String room) {
        return identities.getOrDefault(room.toLowerCase(Locale.ROOT), "");
    }

    /**
     * Forgets the identity of {@code room}: the server cannot read it (one before identities, after a restart).
     *
     * @return whether there was one
     */
    synchronized boolean forgetIdentity(String room) {
        return identities.remove(room.toLowerCase(Locale.ROOT)) != null;
    }

    /** Each joined room with the last sequence number received in it. */
    synchronized Map<String, Long> resumePoints() {
        return new LinkedHashMap<>(lastSeen);
    }

    /** Whether {@code room} is joined. */
    synchronized boolean in(String room) {
        return lastSeen.containsKey(room);
    }

    synchronized List<String> rooms() {
        return new ArrayList<>(lastSeen.keySet());
    }

    synchronized String current() {
        return current;
    }

    /** @return whether {@code room} is joined and now current */
    synchronized boolean current(String room) {
        if (!lastSeen.containsKey(room)) {
            return false;
        }
        current = room;
        return true;
    }

    /** The oldest sequence number shown in {@code room}, where scroll-back continues; 1 when unknown. */
    synchronized long oldest(String room) {
        return Math.max(1, oldest.getOrDefault(room, 1L));
    }

    /**
     * The rooms to join on connecting, in order (the first one is where typed text goes), instead of the server's
     * default room, until a room is joined (a drop before it joins them again; after it, the rooms the client is in).
     */
    synchronized void want(List<String> rooms) {
        List<String> names = passwords(rooms);
        wanted = List.copyOf(names);
        asked = names.isEmpty() ? asked : names.get(0);
    }

    /**
     * Takes the passwords of entries {@code ROOM PASSWORD} (a room's name holds no white space) as the ones to join or
     * rejoin those rooms with (a host who changed a room's password rejoins it with the new one).
     *
     * @return the rooms' names
     */
    synchronized List<String> passwords(List<String> rooms) {
        List<String> names = new ArrayList<>();
        for (String entry : rooms) {
            String[] room = entry.strip().split("\\s+", 2);
            names.add(room[0]);
            if (room.length == 2) {
                password(room[0], room[1]);
            }
        }
        return names;
    }

    synchronized List<String> wanted() {
        return wanted;
    }

    /** Forgets everything (settings for another server). */
    synchronized void clear() {
        lastSeen.clear();
        oldest.clear();
        current = "";
        asked = "";
        wanted = List.of();
        passwords.clear();
        refusedAt.clear();
        identities.clear();
    }
}
