package org.chatroom.room.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chatroom.api.log.EventDraft;
import org.chatroom.api.log.EventKind;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.NameRules;
import org.chatroom.protocol.RoomLine;
import org.osgi.service.log.Logger;

/**
 * What the lobby does when the room log refuses, after accepting it, a member's join, leave or rename: the joining
 * member is told and taken out again; a leave or rename, which happened here all the same, is owed to the room
 * ({@link OwedEvents}) and appended again by the server's timer ({@link #retry}).
 */
final class LogRefusals implements ChatRoom.Refusals {

    private final Object lock;
    private final MemberIndex members;
    private final Cluster cluster;
    private final Logger logger;
    private final OwedEvents owed = new OwedEvents();

    LogRefusals(Object lock, MemberIndex members, Cluster cluster, Logger logger) {
        this.lock = lock;
        this.members = members;
        this.cluster = cluster;
        this.logger = logger;
    }

    /**
     * The log refused {@code name}'s join of {@code room} after accepting it: nobody else heard of it, so the member
     * is told ({@code LOG_UNAVAILABLE}) and taken out of the room without a leave, as if it had been refused at once.
     * A {@code chatroom/2} member (or a front end's) that already had {@code JOINED} also gets {@code PARTED}; an
     * original or {@code chatroom/1} member, which cannot be outside the default room, is disconnected and its name
     * given back.
     */
    @Override
    public void joinRefused(ChatRoom room, String name, RoomLogException why) {
        synchronized (lock) {
            Session member = members.named(name);
            Seat seat = member == null ? null : room.seat(member);
            if (seat == null) {
                return; // left (or removed) meanwhile
            }
            logger.warn("{} could not join {}: the room log refused the join after accepting it: {}", name,
                    room.name(), why.getMessage());
            String text = Messages.get("error.joinLogUnavailable", why.getMessage());
            room.unseat(member);
            cluster.left(room, name);
            if (member.version() < 2) {
                members.remove(member);
                cluster.release(name);
                member.refuse(ErrorCode.LOG_UNAVAILABLE, text);
                member.connection().close("join not logged");
                return;
            }
            members.leftRoom(member, room);
            member.refuse(ErrorCode.LOG_UNAVAILABLE, text);
            if (!seat.syncing()) { // it had JOINED: it is out again
                member.parted(room.name(), text,
                        EventEncoder.line(new RoomLine.Parted(Instant.now(), room.name(), text)));
            }
        }
    }

    @Override
    public void owed(ChatRoom room, EventDraft draft, RoomLogException why) {
        synchronized (lock) {
            owe(room, draft, why);
        }
    }

    /** {@code draft}, a leave or rename of {@code room}, was refused at once. Under the lobby's lock. */
    void owe(ChatRoom room, EventDraft draft, RoomLogException why) {
        logger.warn("the room log refused {} {} {} in {}; appended again until it takes it: {}", draft.kind(),
                draft.name(), draft.text(), room.name(), why.getMessage());
        owed.add(room, draft);
    }

    /**
     * Whether the room moved on from {@code event}: its name is back in the room, here or on another node (one of
     * {@code othersKeys}). A leave given up so lets go of the presence record the leaving member kept.
     */
    private boolean movedOn(OwedEvents.Owed event, Set<String> othersKeys) {
        if (!members.seated(event.room, event.name) && !othersKeys.contains(NameRules.key(event.name))) {
            return false;
        }
        if (event.kind == EventKind.LEAVE) {
            cluster.leaveSettled(event.room, event.name);
        }
        return true;
    }

    /**
     * Appends again the leaves and renames the log refused, unless the name is back in the room (here or on another
     * server) meanwhile. Who is in the rooms on the other servers is read outside the lobby's lock (a round trip per
     * room, which a slow or cut-off Redis makes long); the events are appended under it, in the order they happened,
     * as every other event (an append only queues). Those owed after the read wait for the next round. Run by the
     * server's timer.
     */
    void retry() {
        List<OwedEvents.Owed> due;
        synchronized (lock) {
            if (owed.isEmpty()) {
                return;
            }
            due = owed.due();
        }
        Map<ChatRoom, Set<String>> elsewhere = new HashMap<>();
        try {
            for (OwedEvents.Owed event : due) {
                if (!elsewhere.containsKey(event.room)) {
                    elsewhere.put(event.room, cluster.othersKeys(event.room));
                }
            }
        } catch (RoomLogException e) {
            logger.debug("the owed leaves and renames wait: the other servers cannot be asked: {}", e.getMessage());
            return;
        }
        OwedEvents.Round round;
        synchronized (lock) {
            round = owed.retry(due.size(), event -> movedOn(event, elsewhere.get(event.room)));
        }
        if (round.refused() != null) {
            logger.debug("the room log still refuses owed leaves and renames: {}", round.refused().getMessage());
        }
        if (round.appended() > 0) {
            logger.info("appended {} refused leaves or renames again", round.appended());
        }
    }
}
