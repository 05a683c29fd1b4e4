package org.chatroom.client.internal;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.api.client.RoomListing;
import org.chatroom.api.log.EventKind;
import org.chatroom.protocol.RoomLine;
import org.chatroom.protocol.ServerEvent;

/**
 * Turns {@code chatroom/2} server lines into events for the user, remembers what was received per room in the
 * {@link RoomMemory} (to resume) and keeps the member list of each room it is in (through one {@link ExtendedEvents}
 * each, from the room's {@code MEMBERS} and live joins, leaves and renames).
 */
final class RoomLines {

    private final RoomMemory memory;
    /** Each room the client is in: its members as its live events leave them. */
    private final Map<String, ExtendedEvents> joined = new HashMap<>();
    /** The rooms whose member list changed (or that were left) since {@link #takeRoomMembersChange}. */
    private final Set<String> roomMembersChanged = new HashSet<>();
    /** The current room when the members were last told ({@link #takeMembersChange}). */
    private String lastCurrent = "";
    /** The member lists as {@link #takeRoomMembersChange} gave them last. */
    private Map<String, List<String>> roomMembers = Map.of();
    private final Map<String, Integer> missed = new HashMap<>(); // messages received as history while rejoining
    /** Who asked for each room list not yet answered, in the order asked (the server answers in that order). */
    private final Deque<Lister> listers = new ArrayDeque<>();
    private String firstListed; // while looking for the default room, the first room of the list
    private final List<RoomListing> listed = new ArrayList<>(); // the list being received for a caller
    private List<RoomListing> listing; // a caller's whole list, until taken
    /** By lower-case room: the topic as it stands ({@code [setter, text]}), as the room last told it; none: none. */
    private final Map<String, String[]> topics = new HashMap<>();

    RoomLines(RoomMemory memory) {
        this.memory = memory;
    }

    /** Who asks for a room list: what its answer becomes. */
    enum Lister {
        /** The user typed {@code /rooms}: the list is shown as notices. */
        USER,
        /** The client looks for the default room, the list's first; nothing is shown. */
        DEFAULT_ROOM,
        /** A caller of {@code listRooms()}: the list goes to the listeners' {@code roomsListed}, not shown. */
        CALLER
    }

    /** A room list was asked for by {@code who}: the answers come in the order asked. */
    void asked(Lister who) {
        listers.add(who);
    }

    /** @return whether the next room list to end is one the user asked for ({@code /rooms}) */
    boolean usersListNext() {
        return listers.isEmpty() || listers.peek() == Lister.USER;
    }

    /** @return the list a caller asked for, once it is complete; {@code null} otherwise (and after taking it) */
    List<RoomListing> takeListing() {
        List<RoomListing> taken = listing;
        listing = null;
        return taken;
    }

    /** A room being rejoined: count the messages it sends as history. */
    void resuming(String room) {
        missed.put(room, 0);
    }

    /** A room being rejoined refused: it sends nothing more. */
    void notResumed(String room) {
        missed.remove(room);
    }

    /**
     * @param events where the events for the user go
     * @return the default room to join, after a list asked for by {@link Lister#DEFAULT_ROOM}, else {@code null}
     */
    String read(RoomLine line, List<ChatEvent> events) {
        if (line instanceof RoomLine.Event event) {
            event(event, events);
        } else if (line instanceof RoomLine.Joined joined) {
            memory.joined(joined.room(), joined.seq(), joined.identity());
            topics.remove(key(joined.room())); // the room tells its topic after joining, when it has one
            Integer count = missed.remove(joined.room());
            String said = memory.created(joined.room()) ? "room.created" : "room.joined"; // "/create dev" said "Joined"
            events.add(notice(joined.time(), joined.room(), count == null ? Messages.format(said, joined.room())
                    : Messages.format("room.resumed", joined.room(), count)));
        } else if (line instanceof RoomLine.Members members) {
            in(members.room()).read(new ServerEvent.Members(members.time(), members.names()));
            roomMembersChanged.add(members.room());
        } else if (line instanceof RoomLine.Topic topic) {
            topics.put(key(topic.room()), new String[] { topic.setter(), topic.text() });
            events.add(new ChatEvent(Kind.TOPIC, topic.time(), topic.setter(), "", topic.text(), topic.room(), 0, true));
        } else if (line instanceof RoomLine.Lost lost) {
            events.add(notice(Instant.now(), lost.room(), Messages.format("room.lost", lost.room(), lost.count())));
        } else if (line instanceof RoomLine.Parted parted) {
            memory.left(parted.room());
            gone(parted.room());
            events.add(notice(parted.time(), parted.room(), parted.reason().isEmpty() // the client's own part
                    ? Messages.format("room.parted", parted.room())
                    : Messages.format("room.partedBy", parted.room(), parted.reason())));
        } else if (line instanceof RoomLine.Closed closed) {
            memory.left(closed.room());
            gone(closed.room());
            events.add(notice(closed.time(), closed.room(), Messages.format("room.closed", closed.room(),
                    closed.reason())));
        } else if (line instanceof RoomLine.RoomInfo info) {
            switch (listers.isEmpty() ? Lister.USER : listers.peek()) {
            case USER -> events.add(notice(Instant.now(), "", Messages.format(
                    info.topic().isBlank() ? "room.listed" : "room.listed.topic", info.room(), info.members(),
                    info.topic())));
            case DEFAULT_ROOM -> firstListed = firstListed == null ? info.room() : firstListed;
            case CALLER -> listed.add(new RoomListing(info.room(), info.members(), info.topic()));
            }
        } else if (line instanceof RoomLine.RoomsEnd end) {
            Lister who = listers.isEmpty() ? Lister.USER : listers.poll();
            if (who == Lister.USER) {
                events.add(notice(Instant.now(), "", Messages.format("room.listEnd", end.count())));
            } else if (who == Lister.CALLER) {
                listing = List.copyOf(listed);
                listed.clear();
            }
            String chosen = who == Lister.DEFAULT_ROOM ? firstListed : null;
            firstListed = null;
            return chosen;
        } else if (line instanceof RoomLine.End end) {
            events.add(notice(Instant.now(), end.room(), Messages.format(
                    "SEARCH".equals(end.request()) ? "room.found" : "room.page", end.room(), end.count())));
        }
        return null;
    }

    private void event(RoomLine.Event line, List<ChatEvent> events) {
        boolean history = line.mark() != RoomLine.Mark.EVENT;
        if (line.mark() != RoomLine.Mark.FOUND) {
            memory.seen(line.room(), line.seq());
        }
        if (line.mark() == RoomLine.Mark.HISTORY && missed.containsKey(line.room())
                && line.kind().said()) {
            missed.merge(line.room(), 1, Integer::sum);
        }
        if (!history && line.kind() == EventKind.TOPIC) {
            topics.put(key(line.room()), new String[] { line.name(), line.text() });
        }
        ServerEvent plain = plain(line);
        ChatEvent read = history ? new ExtendedEvents().read(plain) : in(line.room()).read(plain);
        if (!history && (line.kind() == EventKind.JOIN || line.kind() == EventKind.LEAVE
                || line.kind() == EventKind.NICK)) {
            roomMembersChanged.add(line.room());
        }
        if (read != null) {
            events.add(new ChatEvent(read.kind(), read.time(), read.from(), read.to(), read.text(), line.room(),
                    line.seq(), history));
        }
    }

    /**
     * The members of the current room when they changed since the last call, or the current room did (leaving the
     * room typing went to makes another one current; none when in no room), else {@code null}.
     */
    List<String> takeMembersChange() {
        String now = memory.current();
        ExtendedEvents current = joined.get(now);
        if (!now.equals(lastCurrent)) {
            lastCurrent = now;
            if (current == null) {
                return now.isEmpty() ? List.of() : null;
            }
            if (!current.members().isEmpty()) { // else its list is on its way, and told when it comes
                current.takeMembersChange(); // told now, whole
                return current.members();
            }
        }
        return current == null ? null : current.takeMembersChange();
    }

    /** @return the room whose members {@link #takeMembersChange} told last (the current room then) */
    String membersRoom() {
        return lastCurrent;
    }

    /** The members of each room the client is in, when any changed since the last call, else {@code null}. */
    Map<String, List<String>> takeRoomMembersChange() {
        if (roomMembersChanged.isEmpty()) {
            return null;
        }
        Map<String, List<String>> all = new HashMap<>(roomMembers); // only the rooms that changed are copied again
        for (String room : roomMembersChanged) {
            ExtendedEvents events = joined.get(room);
            if (events == null) {
                all.remove(room);
            } else {
                all.put(room, events.members());
            }
        }
        roomMembersChanged.clear();
        roomMembers = Map.copyOf(all);
        return roomMembers;
    }

    private ExtendedEvents in(String room) {
        return joined.computeIfAbsent(room, r -> new ExtendedEvents());
    }

    /**
     * @return the topic of {@code room} as it stands, {@code [setter, text]}; {@code null} when it has none (or the
     *         client is not in it)
     */
    String[] topic(String room) {
        String[] topic = topics.get(key(room));
        return topic == null || topic[1].isEmpty() ? null : topic.clone();
    }

    private static String key(String room) {
        return room.toLowerCase(Locale.ROOT);
    }

    /** The client left {@code room} (or it closed): nobody is in it with the client any more. */
    private void gone(String room) {
        topics.remove(key(room));
        if (joined.remove(room) != null) {
            roomMembersChanged.add(room);
        }
    }

    private static ServerEvent plain(RoomLine.Event line) {
        return switch (line.kind()) {
        case MESSAGE, NOTICE -> new ServerEvent.Msg(line.time(), line.name(), line.text()); // servers send none
        case ACTION -> new ServerEvent.Me(line.time(), line.name(), line.text());
        case TOPIC -> new ServerEvent.Topic(line.time(), line.name(), line.text());
        case JOIN -> new ServerEvent.Join(line.time(), line.name());
        case LEAVE -> new ServerEvent.Leave(line.time(), line.name(), line.text());
        case NICK -> new ServerEvent.Nick(line.time(), line.name(), line.text());
        };
    }

    private static ChatEvent notice(Instant time, String room, String text) {
        return new ChatEvent(Kind.NOTICE, time, "", "", text, room, 0, false);
    }
}
