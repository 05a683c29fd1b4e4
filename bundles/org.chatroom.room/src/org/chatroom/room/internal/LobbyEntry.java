package org.chatroom.room.internal;

import java.time.Instant;
import java.util.Optional;

import org.chatroom.api.log.EventKind;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.NameProblem;
import org.chatroom.protocol.OriginalProtocol;
import org.chatroom.protocol.ServerEvent;
import org.osgi.service.log.Logger;

/**
 * How a member takes its name: the server-wide bans, the names of this server and of the other servers of a cluster,
 * then the welcome; an original or {@code chatroom/1} member also enters the default room, whose members see it join.
 * Used under the lobby's lock.
 */
final class LobbyEntry {

    private final Bans bans;
    private final Rooms rooms;
    private final MemberIndex members;
    private final Logger logger;

    LobbyEntry(Bans bans, Rooms rooms, MemberIndex members, Logger logger) {
        this.bans = bans;
        this.rooms = rooms;
        this.members = members;
        this.logger = logger;
    }

    /**
     * Takes {@code name} (already checked against {@code NameRules}) for {@code session} and welcomes it; the session
     * is open and not expired.
     *
     * @return the problem when the name is taken or banned, or the log refuses the join, else empty
     */
    Optional<NameProblem> join(Session session, String name) {
        if (bans.bansAddress(session.address())) {
            session.deliver(Encoders.refusal(Messages.get("refused.banned")));
            session.connection().close("banned address");
            return Optional.empty();
        }
        if (bans.bansName(name)) {
            return Optional.of(banned());
        }
        if (members.named(name) != null) {
            return Optional.of(NameProblem.taken());
        }
        Optional<NameProblem> claimed = claim(name);
        if (claimed.isPresent()) {
            return claimed;
        }
        Instant now = Instant.now();
        if (session.version() == 2) {
            members.register(session, name);
            session.send(Encoders.welcome(now, name));
            return Optional.empty();
        }
        Optional<NameProblem> problem = enterDefaultRoom(session, name, now);
        if (problem.isPresent() || !members.has(session)) {
            rooms.cluster().release(name);
        }
        return problem;
    }

    static NameProblem banned() {
        return new NameProblem(ErrorCode.NICK_INVALID, Messages.get("name.banned"));
    }

    /** Claims {@code name} on the other servers sharing the rooms; @return the problem when it cannot be had */
    Optional<NameProblem> claim(String name) {
        try {
            return rooms.cluster().claim(name) ? Optional.empty() : Optional.of(NameProblem.taken());
        } catch (RoomLogException e) {
            logger.warn("{} could not join: the other servers could not be asked for the name: {}", name,
                    e.getMessage());
            return Optional.of(new NameProblem(ErrorCode.LOG_UNAVAILABLE,
                    Messages.get("error.joinLogUnavailable", e.getMessage())));
        }
    }

    private Optional<NameProblem> enterDefaultRoom(Session session, String name, Instant now) {
        ChatRoom room = rooms.defaultRoom();
        if (room.bans().bansAddress(session.address())) { // its own bans (an IRC operator's MODE +b), as the server's
            session.deliver(Encoders.refusal(Messages.get("error.roomBanned", room.name())));
            session.connection().close("address banned from the default room");
            return Optional.empty();
        }
        if (room.bans().bansName(name)) {
            return Optional.of(banned());
        }
        if (room.size() >= rooms.policy().maxMembersPerRoom()) {
            session.deliver(Encoders.refusal(Messages.get("error.roomFull", room.name())));
            session.connection().close("default room full");
            return Optional.empty();
        }
        long seen = room.delivered(); // what an original client may get as history: before its own join
        try {
            rooms.cluster().entered(room, name);
            room.append(EventKind.JOIN, name, "");
        } catch (RoomLogException e) {
            rooms.cluster().left(room, name);
            logger.error("{} could not join: the room log refused the event", name, e);
            return Optional.of(new NameProblem(ErrorCode.LOG_UNAVAILABLE,
                    Messages.get("error.joinLogUnavailable", e.getMessage())));
        }
        members.register(session, name);
        // a log that committed the join at once has delivered it already; else this member hears nothing of the
        // room until its own join comes back (what the log ordered before it is not for this member, as before rooms)
        room.sit(session, false, room.delivered() > seen ? null : name);
        members.roomsOf(session).add(room);
        if (session.extended()) {
            session.send(Encoders.welcome(now, name));
            session.send(Encoders.members(now, room.names()));
            if (!room.topic().isEmpty()) {
                session.send(Encoders.extended(new ServerEvent.Topic(now, room.topicSetter(), room.topic())));
            }
        } else {
            session.send(Encoders.original(OriginalProtocol.welcome(name)));
            OriginalHistory.send(session, room, seen, rooms.policy(), logger);
        }
        return Optional.empty();
    }
}
