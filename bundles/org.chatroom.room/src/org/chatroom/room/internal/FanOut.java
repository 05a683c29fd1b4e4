package org.chatroom.room.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.transport.Connection;
import org.chatroom.room.member.MemberListener;

/**
 * How one room's committed events reach its members, planned once for as long as its seats do not change. Members
 * that simply get every event, on a transport with threads of its own, are grouped by {@link Lane} and protocol
 * version: one task per group and event on the lane's thread, or fewer when the lane is busy ({@link Batch}). A front
 * end's members whose connection has such a thread are grouped by lane the same way, and hear their calls there
 * ({@link Calls}). The others (joining, resuming, skipping their own join, or a front end's members without a lane)
 * are served one by one, as before. Built and used under the lobby's lock.
 */
final class FanOut {

    /** Members on one lane with one protocol version; {@code open} is the batch their last event went into. */
    private static final class Group {
        final Lane lane;
        final int version;
        final Connection[] wires;
        Batch open;

        Group(Lane lane, int version, Connection[] wires) {
            this.lane = lane;
            this.version = version;
            this.wires = wires;
        }
    }

    /** A front end's members on one lane; {@code open} is the batch of calls their last event went into. */
    private static final class Listeners {
        final Lane lane;
        final MemberListener[] listeners;
        Calls open;

        Listeners(Lane lane, MemberListener[] listeners) {
            this.lane = lane;
            this.listeners = listeners;
        }
    }

    private final Seat[] oneByOne;
    private final Group[] groups;
    private final Listeners[] listeners;

    private FanOut(Seat[] oneByOne, Group[] groups, Listeners[] listeners) {
        this.oneByOne = oneByOne;
        this.groups = groups;
        this.listeners = listeners;
    }

    /** @param resuming the sessions that skip events up to a sequence number ({@link ChatRoom#resumesAfter}) */
    static FanOut plan(Collection<Seat> seats, Map<Session, Long> resuming) {
        List<Seat> single = new ArrayList<>();
        List<Lane> lanes = new ArrayList<>();
        List<Integer> versions = new ArrayList<>();
        List<List<Connection>> wires = new ArrayList<>();
        List<Lane> memberLanes = new ArrayList<>();
        List<List<MemberListener>> members = new ArrayList<>();
        for (Seat seat : seats) {
            Session session = seat.session();
            if (!seat.plain() || resuming.containsKey(session)) {
                single.add(seat);
            } else if (session.member() instanceof MemberRelay relay && relay.lane() != null) {
                int group = memberLanes.indexOf(relay.lane());
                if (group < 0) {
                    memberLanes.add(relay.lane());
                    members.add(new ArrayList<>());
                    group = memberLanes.size() - 1;
                }
                members.get(group).add(relay.listener());
            } else if (session.member() == null && session.connection() instanceof OrderedConnection ordered) {
                int group = find(lanes, versions, ordered.lane(), session.version());
                if (group < 0) {
                    lanes.add(ordered.lane());
                    versions.add(session.version());
                    wires.add(new ArrayList<>());
                    group = lanes.size() - 1;
                }
                wires.get(group).add(ordered.wire());
            } else {
                single.add(seat);
            }
        }
        Group[] groups = new Group[lanes.size()];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = new Group(lanes.get(i), versions.get(i), wires.get(i).toArray(new Connection[0]));
        }
        Listeners[] listeners = new Listeners[memberLanes.size()];
        for (int i = 0; i < listeners.length; i++) {
            listeners[i] = new Listeners(memberLanes.get(i), members.get(i).toArray(new MemberListener[0]));
        }
        return new FanOut(single.toArray(new Seat[0]), groups, listeners);
    }

    private static int find(List<Lane> lanes, List<Integer> versions, Lane lane, int version) {
        for (int i = 0; i < lanes.size(); i++) {
            if (lanes.get(i) == lane && versions.get(i) == version) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Delivers one event to every seat of the plan.
     *
     * @return whether a seat's state changed (it stopped skipping or resuming), so that the plan must be made again
     */
    boolean deliver(Delivery delivery, RoomEvent event, Map<Session, Long> resuming) {
        boolean changed = false;
        for (Seat seat : oneByOne) { // delivering may close a member's connection, which unseats it: an array
            Long after = resuming.isEmpty() ? null : resuming.get(seat.session());
            if (after != null) {
                if (event.seq() <= after) {
                    continue; // the member got it from another server before it came here
                }
                resuming.remove(seat.session());
                changed = true;
            }
            changed |= seat.deliver(delivery, event);
        }
        for (Group group : groups) {
            byte[] bytes = delivery.forVersion(group.version);
            if (bytes != null) {
                group.open = group.lane.send(bytes, group.wires, group.open);
            }
        }
        if (delivery.member() != null) {
            for (Listeners group : listeners) {
                group.open = group.lane.call(delivery.member(), group.listeners, group.open);
            }
        }
        return changed;
    }
}
