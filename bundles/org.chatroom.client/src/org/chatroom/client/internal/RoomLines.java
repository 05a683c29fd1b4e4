package org.chatroom.client.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.api.log.EventKind;
import org.chatroom.protocol.RoomLine;
import org.chatroom.protocol.ServerEvent;

/**
 * Turns {@code chatroom/2} server lines into events for the user, remembers what was received per room in the
 * {@link RoomMemory} (to resume) and keeps the member list of the current room (through {@link ExtendedEvents}).
 */
final class RoomLines {

    private final RoomMemory memory;
    private final ExtendedEvents current = new ExtendedEvents();
    private final Map<String, Integer> missed = new HashMap<>(); // messages received as history while rejoining
    private String firstListed; // while looking for the default room, the first room of the list

    RoomLines(RoomMemory memory) {
        this.memory = memory;
    }

    /** The next room list decides which room to join: the first, the default room. */
    void awaitDefaultRoom() {
        firstListed = "";
    }

    /** A room being rejoined: count the messages it sends as history. */
    void resuming(String room) {
        missed.put(room, 0);
    }

    /**
     * @param events where the events for the user go
     * @return the default room to join, after the list asked for by {@link #awaitDefaultRoom()}, else {@code null}
     */
    String read(RoomLine line, List<ChatEvent> events) {
        if (line instanceof RoomLine.Event event) {
            event(event, events);
        } else if (line instanceof RoomLine.Joined joined) {
            memory.joined(joined.room(), joined.seq());
            Integer count = missed.remove(joined.room());
            events.add(notice(joined.time(), joined.room(), count == null ? Messages.format("room.joined", joined.room())
                    : Messages.format("room.resumed", joined.room(), count)));
        } else if (line instanceof RoomLine.Members members) {
            if (members.room().equals(memory.current())) {
                current.read(new ServerEvent.Members(members.time(), members.names()));
            }
        } else if (line instanceof RoomLine.Topic topic) {
            events.add(new ChatEvent(Kind.TOPIC, topic.time(), topic.setter(), "", topic.text(), topic.room(), 0, true));
        } else if (line instanceof RoomLine.Lost lost) {
            events.add(notice(Instant.now(), lost.room(), Messages.format("room.lost", lost.room(), lost.count())));
        } else if (line instanceof RoomLine.Parted parted) {
            memory.left(parted.room());
            events.add(notice(parted.time(), parted.room(), Messages.format("room.parted", parted.room(),
                    parted.reason())));
        } else if (line instanceof RoomLine.Closed closed) {
            memory.left(closed.room());
            events.add(notice(closed.time(), closed.room(), Messages.format("room.closed", closed.room(),
                    closed.reason())));
        } else if (line instanceof RoomLine.RoomInfo info) {
            if (firstListed != null && firstListed.isEmpty()) {
                firstListed = info.room();
            } else if (firstListed == null) { // the list the user asked for; the client's own is not shown
                events.add(notice(Instant.now(), "", Messages.format("room.listed", info.room(), info.members(),
                        info.topic())));
            }
        } else if (line instanceof RoomLine.RoomsEnd end) {
            if (firstListed == null) {
                events.add(notice(Instant.now(), "", Messages.format("room.listEnd", end.count())));
            }
            String chosen = firstListed;
            firstListed = null;
            return chosen == null || chosen.isEmpty() ? null : chosen;
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
                && (line.kind() == EventKind.MESSAGE || line.kind() == EventKind.ACTION)) {
            missed.merge(line.room(), 1, Integer::sum);
        }
        ServerEvent plain = plain(line);
        ChatEvent read = !history && line.room().equals(memory.current()) ? current.read(plain)
                : new ExtendedEvents().read(plain);
        if (read != null) {
            events.add(new ChatEvent(read.kind(), read.time(), read.from(), read.to(), read.text(), line.room(),
                    line.seq(), history));
        }
    }

    /** The members of the current room when they changed since the last call, else {@code null}. */
    List<String> takeMembersChange() {
        return current.takeMembersChange();
    }

    private static ServerEvent plain(RoomLine.Event line) {
        return switch (line.kind()) {
        case MESSAGE -> new ServerEvent.Msg(line.time(), line.name(), line.text());
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
