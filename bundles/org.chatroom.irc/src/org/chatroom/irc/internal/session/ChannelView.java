package org.chatroom.irc.internal.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chatroom.api.log.RoomEvent;
import org.chatroom.irc.internal.wire.MsgId;
import org.chatroom.room.member.RoomState;

/**
 * The channels one IRC client is in, and for each the room's last event its names reply already reflects: the room
 * gives a joining member the members as of its last delivered event ({@code RoomState.lastSequence}), so a join, leave
 * or rename numbered up to there is in the names the client got and is not said again, and one numbered after is new.
 * Nothing is kept per member (a map of every member per client and channel made a 2,000-member join storm quadratic
 * in memory and most of the listener's CPU). A member renamed in several rooms the client shares is one {@code NICK}
 * line: the renames said lately are remembered. Leaf operations only: never held while calling out.
 */
final class ChannelView {

    /** Renames remembered to say each once, however many rooms it comes from. */
    private static final int RECENT_RENAMES = 64;

    private record Channel(String room, long reflected) {
    }

    private final Map<String, Channel> channels = new LinkedHashMap<>(); // room key -> channel
    /** Room key -> the room's {@link MsgId#incarnation}, from the room's state on joining (kept after leaving). */
    private final Map<String, String> incarnations = new HashMap<>();
    /** The keys of the names whose quit was told lately, oldest first (as many as {@link #RECENT_RENAMES}). */
    private final Set<String> quits = new LinkedHashSet<>();
    private final Map<String, String> renames = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > RECENT_RENAMES;
        }
    };

    /** The client joined {@code room}; its names reply reflects the room's events up to {@code reflected}. */
    synchronized void joined(String room, long reflected) {
        channels.put(NameKeys.of(room), new Channel(room, reflected));
    }

    /**
     * The room {@code state} was joined: the ids of its events name its identity from now on. Called as the room tells
     * the join, before its live events.
     */
    synchronized void identified(RoomState state) {
        incarnations.put(NameKeys.of(state.room()), MsgId.incarnation(state.identity()));
    }

    /** The {@link MsgId#incarnation} of {@code room} as the client last joined it; empty when not known. */
    synchronized String incarnation(String room) {
        return incarnations.getOrDefault(NameKeys.of(room), "");
    }

    synchronized void left(String room) {
        channels.remove(NameKeys.of(room));
    }

    synchronized boolean in(String room) {
        return channels.containsKey(NameKeys.of(room));
    }

    /** Whether {@code event} (a join, leave or rename) is newer than the names the client got of its room. */
    synchronized boolean news(RoomEvent event) {
        Channel channel = channels.get(NameKeys.of(event.room()));
        return channel == null || event.seq() > channel.reflected();
    }

    /** Whether the client is in {@code event}'s room and has not had it in its names reply. */
    synchronized boolean newIn(RoomEvent event) {
        Channel channel = channels.get(NameKeys.of(event.room()));
        return channel != null && event.seq() > channel.reflected();
    }

    /** {@code oldName} is now {@code newName}; @return whether the client has not been told yet (say it, once) */
    synchronized boolean rename(String oldName, String newName) {
        if (newName.equals(renames.get(oldName))) {
            return false;
        }
        for (Iterator<String> into = renames.values().iterator(); into.hasNext();) {
            if (into.next().equals(oldName)) { // this member's rename before: a later one from that name is new
                into.remove();
            }
        }
        renames.remove(newName);
        renames.put(oldName, newName);
        return true;
    }

    /**
     * The member called {@code name} left the server (every room at once): @return whether the client has not been
     * told yet (say it once, as one QUIT, not as a PART of each channel shared)
     */
    synchronized boolean quit(String name) {
        String key = NameKeys.of(name);
        if (quits.contains(key)) {
            return false;
        }
        quits.add(key);
        if (quits.size() > RECENT_RENAMES) {
            quits.remove(quits.iterator().next());
        }
        return true;
    }

    /** The member called {@code name} joined a room: a quit of theirs from now on is news again. */
    synchronized void back(String name) {
        quits.remove(NameKeys.of(name));
    }

    /** The rooms, by their names. */
    synchronized List<String> rooms() {
        List<String> rooms = new ArrayList<>();
        for (Channel channel : channels.values()) {
            rooms.add(channel.room());
        }
        return rooms;
    }
}
