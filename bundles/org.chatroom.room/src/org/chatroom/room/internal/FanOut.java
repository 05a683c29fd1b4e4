package org.chatroom.room.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.transport.Connection;
import org.chatroom.room.member.MemberListener;

/**
 * How one room's committed events reach its members, kept up to date seat by seat. Members that simply get every
 * event, on a transport with threads of its own, are grouped by {@link Lane} and protocol version: one task per
 * group and event on the lane's thread, or fewer when the lane is busy ({@link Batch}). A front end's members whose
 * connection has such a thread are grouped by lane the same way, and hear their calls there ({@link Calls}). The
 * others (joining, resuming, skipping their own join, or a front end's members without a lane) are served one by
 * one. A seat that changes moves between them in constant time ({@link #place}): the plan was made again over all
 * members after every change before, twice per join, which in a storm of 10,000 joins took most of the delivering
 * thread, under the lobby's lock. Used under the lobby's lock only.
 */
final class FanOut {

    /** Members on one lane with one protocol version; {@code open} is the batch their last event went into. */
    private static final class Group {
        final Lane lane;
        final int version;
        final Members<Connection> wires = new Members<>(Connection.class);
        Batch open;

        Group(Lane lane, int version) {
            this.lane = lane;
            this.version = version;
        }
    }

    /** A front end's members on one lane; {@code open} is the batch of calls their last event went into. */
    private static final class Listeners {
        final Lane lane;
        final Members<MemberListener> listeners = new Members<>(MemberListener.class);
        Calls open;

        Listeners(Lane lane) {
            this.lane = lane;
        }
    }

    /**
     * Where a seat is served: in a group with its wire, among a lane's front-end listeners, or one by one (both
     * {@code null}).
     */
    private record Place(Group group, Connection wire, Listeners listeners, MemberListener listener) {
    }

    private static final Place ONE_BY_ONE = new Place(null, null, null, null);

    private final Members<Seat> oneByOne = new Members<>(Seat.class);
    private final List<Group> groups = new ArrayList<>();
    private final List<Listeners> listeners = new ArrayList<>();
    private final Map<Seat, Place> places = new IdentityHashMap<>();
    private final Map<Session, Long> resuming;

    /** @param resuming the sessions that skip events up to a sequence number ({@link ChatRoom#resumesAfter}) */
    FanOut(Map<Session, Long> resuming) {
        this.resuming = resuming;
    }

    /** Puts {@code seat} where its current state says (a new seat, or one that changed), out of where it was. */
    void place(Seat seat) {
        remove(seat);
        Session session = seat.session();
        if (!seat.plain() || resuming.containsKey(session)) {
            oneByOne(seat);
        } else if (session.member() instanceof MemberRelay relay && relay.lane() != null) {
            Listeners group = listeners(relay.lane());
            group.listeners.add(relay.listener());
            group.open = null; // a batch that waits is for the members it started with
            places.put(seat, new Place(null, null, group, relay.listener()));
        } else if (session.member() == null && session.connection() instanceof OrderedConnection ordered) {
            Group group = group(ordered.lane(), session.version());
            group.wires.add(ordered.wire());
            group.open = null;
            places.put(seat, new Place(group, ordered.wire(), null, null));
        } else {
            oneByOne(seat);
        }
    }

    private void oneByOne(Seat seat) {
        oneByOne.add(seat);
        places.put(seat, ONE_BY_ONE);
    }

    /** {@code seat} left the room. */
    void remove(Seat seat) {
        Place place = places.remove(seat);
        if (place == null) {
            return;
        }
        if (place.group() != null) {
            place.group().wires.remove(place.wire());
            place.group().open = null;
        } else if (place.listeners() != null) {
            place.listeners().listeners.remove(place.listener());
            place.listeners().open = null;
        } else {
            oneByOne.remove(seat);
        }
    }

    /** Nobody is in the room any more. */
    void clear() {
        places.clear();
        oneByOne.clear();
        groups.clear();
        listeners.clear();
    }

    private Group group(Lane lane, int version) {
        for (Group group : groups) {
            if (group.lane == lane && group.version == version) {
                return group;
            }
        }
        Group group = new Group(lane, version);
        groups.add(group);
        return group;
    }

    private Listeners listeners(Lane lane) {
        for (Listeners group : listeners) {
            if (group.lane == lane) {
                return group;
            }
        }
        Listeners group = new Listeners(lane);
        listeners.add(group);
        return group;
    }

    /**
     * Delivers one event to every seat of the plan. A seat whose state changes on the way (it stopped skipping or
     * resuming) moves once the groups have the event: it got the event, or was not to get it, one by one.
     */
    void deliver(Delivery delivery, RoomEvent event) {
        List<Seat> changed = null;
        for (Seat seat : oneByOne.snapshot()) { // delivering may close a member's connection, which unseats it
            if (!places.containsKey(seat)) {
                continue; // unseated by an earlier delivery of this event
            }
            Long after = resuming.isEmpty() ? null : resuming.get(seat.session());
            if (after != null) {
                if (event.seq() <= after) {
                    continue; // the member got it from another server before it came here
                }
                resuming.remove(seat.session());
            }
            if (seat.deliver(delivery, event) || after != null) {
                changed = changed == null ? new ArrayList<>() : changed;
                changed.add(seat);
            }
        }
        for (Group group : groups) {
            byte[] bytes = delivery.forVersion(group.version);
            if (bytes != null && group.wires.size() > 0) {
                group.open = group.lane.send(bytes, group.wires.snapshot(), group.open);
            }
        }
        if (delivery.member() != null) {
            for (Listeners group : listeners) {
                if (group.listeners.size() > 0) {
                    group.open = group.lane.call(delivery.member(), group.listeners.snapshot(), group.open);
                }
            }
        }
        if (changed != null) {
            for (Seat seat : changed) {
                if (places.containsKey(seat)) {
                    place(seat);
                }
            }
        }
    }
}
