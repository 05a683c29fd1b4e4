package org.chatroom.room.internal;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.chatroom.api.log.EventDraft;
import org.chatroom.api.log.EventKind;
import org.chatroom.api.log.RoomLog;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.api.room.RoomStatus;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.NameProblem;
import org.chatroom.protocol.NameRules;
import org.chatroom.protocol.OriginalProtocol;
import org.chatroom.protocol.RoomLine;
import org.chatroom.protocol.ServerEvent;
import org.osgi.service.log.Logger;

/**
 * The members of a server and the rooms they are in. Names are unique on the server; original and
 * {@code chatroom/1} members are in the default room only, {@code chatroom/2} members in the rooms they join. Every
 * change happens under one lock ({@link #lock}); room events are appended to the room log under it and delivered by
 * the log's callback under it too, so all members of a room see its events in the same order. Sending never blocks
 * (connections queue or cut off a slow reader), so the lock is held briefly.
 */
final class Lobby implements ChatRoom.Refusals {

    final Object lock = new Object();
    private final Bans bans;
    private final Rooms rooms;
    private final Logger logger;
    private final Map<String, Session> byName = new HashMap<>();
    private final Map<Session, Set<ChatRoom>> memberships = new LinkedHashMap<>();
    private final OwedEvents owed = new OwedEvents();
    private boolean stopped;

    Lobby(Bans bans, RoomLog log, Cluster cluster, RoomPolicy policy, RoomLimits limits, Logger logger) {
        this.bans = bans;
        this.rooms = new Rooms(log, cluster, policy, limits, lock, this, logger);
        this.logger = logger;
    }

    Rooms rooms() {
        return rooms;
    }

    /** The server-wide bans. */
    Bans bans() {
        return bans;
    }

    /**
     * Takes {@code name} (already checked against {@link NameRules}) for {@code session} and welcomes it; an original
     * or {@code chatroom/1} member enters the default room, whose members see it join.
     *
     * @return the problem when the name is taken or banned, or the log refuses the join, else empty
     */
    Optional<NameProblem> join(Session session, String name) {
        synchronized (lock) {
            if (stopped || session.expired()) {
                session.connection().close(stopped ? "room stopped" : "handshake timed out");
                return Optional.empty();
            }
            if (bans.bansAddress(session.address())) {
                session.deliver(Encoders.refusal(Messages.get("refused.banned")));
                session.connection().close("banned address");
                return Optional.empty();
            }
            if (bans.bansName(name)) {
                return Optional.of(new NameProblem(ErrorCode.NICK_INVALID, Messages.get("name.banned")));
            }
            String key = NameRules.key(name);
            if (byName.containsKey(key)) {
                return Optional.of(NameProblem.taken());
            }
            Optional<NameProblem> claimed = claim(name);
            if (claimed.isPresent()) {
                return claimed;
            }
            Instant now = Instant.now();
            if (session.version() == 2) {
                register(session, name);
                session.send(Encoders.welcome(now, name));
                return Optional.empty();
            }
            Optional<NameProblem> problem = enterDefaultRoom(session, name, now);
            if (problem.isPresent() || !memberships.containsKey(session)) {
                rooms.cluster().release(name);
            }
            return problem;
        }
    }

    /** Claims {@code name} on the other servers sharing the rooms; @return the problem when it cannot be had */
    private Optional<NameProblem> claim(String name) {
        try {
            return rooms.cluster().claim(name) ? Optional.empty() : Optional.of(NameProblem.taken());
        } catch (RoomLogException e) {
            logger.warn("{} could not join: the other servers could not be asked for the name: {}", name,
                    e.getMessage());
            return Optional.of(new NameProblem(ErrorCode.LOG_UNAVAILABLE,
                    Messages.get("error.joinLogUnavailable", e.getMessage())));
        }
    }

    // under lock
    private Optional<NameProblem> enterDefaultRoom(Session session, String name, Instant now) {
        ChatRoom room = rooms.defaultRoom();
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
        register(session, name);
        // a log that committed the join at once has delivered it already; else this member hears nothing of the
        // room until its own join comes back (what the log ordered before it is not for this member, as before rooms)
        room.sit(session, false, room.delivered() > seen ? null : name);
        memberships.get(session).add(room);
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

    // under lock
    private void register(Session session, String name) {
        session.name(name);
        byName.put(NameRules.key(name), session);
        memberships.put(session, new LinkedHashSet<>());
    }

    /** The rooms {@code session} is in; empty when it has no name. Under lock. */
    Set<ChatRoom> roomsOf(Session session) {
        return memberships.getOrDefault(session, Set.of());
    }

    /** The member called {@code name} (compared as names are), or null. Under lock. */
    Session named(String name) {
        return byName.get(NameRules.key(name));
    }

    /** How many members have a name. Under lock. */
    int count() {
        return byName.size();
    }

    /** Whether {@code session} has a name on this server. Under lock. */
    boolean named(Session session) {
        return memberships.containsKey(session);
    }

    /** Takes {@code session} out of every room and frees its name; @return whether it had a name */
    boolean leave(Session session, String reason) {
        return leave(session, reason, "");
    }

    /** As {@link #leave(Session, String)}, removed by {@code by} ({@code RoomEvent.by}). */
    boolean leave(Session session, String reason, String by) {
        synchronized (lock) {
            Set<ChatRoom> joined = memberships.remove(session);
            if (joined == null) {
                return false;
            }
            byName.remove(NameRules.key(session.name()));
            for (ChatRoom room : joined) {
                leaveRoom(room, session, reason, by);
            }
            rooms.cluster().release(session.name());
            return true;
        }
    }

    /** Takes {@code session} out of {@code room}; the others see it leave once the log committed that. Under lock. */
    void leaveRoom(ChatRoom room, Session session, String reason) {
        leaveRoom(room, session, reason, "");
    }

    /** As {@link #leaveRoom(ChatRoom, Session, String)}, removed by {@code by} ({@code RoomEvent.by}). Under lock. */
    void leaveRoom(ChatRoom room, Session session, String reason, String by) {
        if (!room.unseat(session)) {
            return;
        }
        Set<ChatRoom> joined = memberships.get(session);
        if (joined != null) {
            joined.remove(room);
        }
        rooms.cluster().left(room, session.name());
        EventDraft leave = new EventDraft(Instant.now(), EventKind.LEAVE, session.name(), reason, by);
        try {
            room.append(leave);
        } catch (RoomLogException e) {
            owe(room, leave, e);
        }
    }

    @Override
    public void owed(ChatRoom room, EventDraft draft, RoomLogException why) {
        synchronized (lock) {
            owe(room, draft, why);
        }
    }

    // under lock
    private void owe(ChatRoom room, EventDraft draft, RoomLogException why) {
        logger.warn("the room log refused {} {} {} in {}; appended again until it takes it: {}", draft.kind(),
                draft.name(), draft.text(), room.name(), why.getMessage());
        owed.add(room, draft);
    }

    /**
     * Appends again the leaves and renames the log refused ({@link OwedEvents}), unless the name is back in the room
     * (here or on another server) meanwhile. Run by the server's timer.
     */
    void retryOwed() {
        synchronized (lock) {
            if (owed.isEmpty()) {
                return;
            }
            try {
                int appended = owed.retry((room, draft) -> room.seated(draft.name())
                        || rooms.cluster().has(room, draft.name()));
                logger.info("appended {} refused leaves or renames again", appended);
            } catch (RoomLogException e) {
                logger.debug("the room log still refuses the owed leaves and renames: {}", e.getMessage());
            } catch (RuntimeException e) {
                logger.error("could not append the owed leaves and renames", e);
            }
        }
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
            Session member = byName.get(NameRules.key(name));
            Seat seat = member == null ? null : room.seat(member);
            if (seat == null) {
                return; // left (or removed) meanwhile
            }
            logger.warn("{} could not join {}: the room log refused the join after accepting it: {}", name,
                    room.name(), why.getMessage());
            String text = Messages.get("error.joinLogUnavailable", why.getMessage());
            room.unseat(member);
            rooms.cluster().left(room, name);
            if (member.version() < 2) {
                byName.remove(NameRules.key(name));
                memberships.remove(member);
                rooms.cluster().release(name);
                member.refuse(ErrorCode.LOG_UNAVAILABLE, text);
                member.connection().close("join not logged");
                return;
            }
            memberships.get(member).remove(room);
            member.refuse(ErrorCode.LOG_UNAVAILABLE, text);
            if (!seat.syncing()) { // it had JOINED: it is out again
                member.parted(room.name(), text,
                        EventEncoder.line(new RoomLine.Parted(Instant.now(), room.name(), text)));
            }
        }
    }

    /** Says {@code text} in {@code room} as {@code kind}; tells the sender when the log cannot take it. */
    void say(Session from, ChatRoom room, EventKind kind, String text) {
        synchronized (lock) {
            if (room.seat(from) == null) {
                return;
            }
            try {
                room.append(kind, from.name(), text);
            } catch (RoomLogException e) {
                refuseUnlogged(from, e);
            }
        }
    }

    /** Sets the topic of {@code room}; tells the setter when the log cannot take it. */
    void topic(Session setter, ChatRoom room, String text) {
        synchronized (lock) {
            if (room.seat(setter) == null) {
                return;
            }
            try {
                room.topic(setter.name(), text);
            } catch (RoomLogException e) {
                refuseUnlogged(setter, e);
            }
        }
    }

    private void refuseUnlogged(Session member, RoomLogException e) {
        logger.warn("{}: the room log refused an event: {}", member.name(), e.getMessage());
        member.refuse(ErrorCode.LOG_UNAVAILABLE, Messages.get("error.logUnavailable", e.getMessage()));
    }

    /** @return the problem when {@code newName} is another member's, else empty */
    Optional<NameProblem> rename(Session session, String newName) {
        synchronized (lock) {
            Set<ChatRoom> joined = memberships.get(session);
            if (joined == null) {
                return Optional.empty();
            }
            String oldName = session.name();
            String newKey = NameRules.key(newName);
            Session holder = byName.get(newKey);
            if (holder != null && holder != session) {
                return Optional.of(NameProblem.taken());
            }
            if (oldName.equals(newName)) {
                return Optional.empty();
            }
            if (bans.bansName(newName)) {
                return Optional.of(new NameProblem(ErrorCode.NICK_INVALID, Messages.get("name.banned")));
            }
            boolean sameKey = NameRules.key(oldName).equals(newKey);
            Optional<NameProblem> claimed = sameKey ? Optional.empty() : claim(newName);
            if (claimed.isPresent()) {
                return claimed;
            }
            for (ChatRoom room : joined) {
                EventDraft nick = new EventDraft(Instant.now(), EventKind.NICK, oldName, newName);
                try {
                    rooms.cluster().left(room, oldName);
                    rooms.cluster().entered(room, newName);
                    room.append(nick);
                } catch (RoomLogException e) {
                    owe(room, nick, e);
                }
            }
            if (!sameKey) {
                rooms.cluster().release(oldName);
            }
            byName.remove(NameRules.key(oldName));
            byName.put(newKey, session);
            session.name(newName);
            if (session.version() == 2) {
                session.send(Encoders.welcome(Instant.now(), newName));
            }
            return Optional.empty();
        }
    }

    /** Sends to {@code to} and echoes to the sender; @return false when nobody is called {@code to} */
    boolean privateMessage(Session from, String to, String text) {
        synchronized (lock) {
            Session target = byName.get(NameRules.key(to));
            if (target == null || !memberships.containsKey(from)) {
                return false;
            }
            Delivery delivery = Encoders.privateMessage(Instant.now(), from.name(), target.name(), text);
            target.deliver(delivery);
            if (target != from) {
                from.deliver(delivery);
            }
            return true;
        }
    }

    /**
     * Removes the members {@code match} picks from the server: the others see them leave for {@code leaveReason},
     * removed {@code by} ({@code RoomEvent.by}: the kicker, or {@code RoomEvent.SERVER} for a ban), each is sent
     * {@code bye} and closed.
     *
     * @return the names of the removed members
     */
    List<String> remove(Predicate<Session> match, String leaveReason, String by, Delivery bye) {
        synchronized (lock) {
            List<Session> removed = new ArrayList<>();
            for (Session member : memberships.keySet()) {
                if (match.test(member)) {
                    removed.add(member);
                }
            }
            List<String> names = new ArrayList<>(removed.size());
            for (Session member : removed) {
                leave(member, leaveReason, by);
                member.deliver(bye);
                member.connection().close("removed by the host");
                names.add(member.name());
            }
            return names;
        }
    }

    /**
     * The member called {@code name} lost the name to a member of another server while this one was cut off from them
     * (their rooms already said it left): it is taken out of the rooms without another leave, told {@code text} and
     * closed. @return whether there was such a member
     */
    boolean nameLost(String name, String text) {
        synchronized (lock) {
            Session member = byName.remove(NameRules.key(name));
            if (member == null) {
                return false;
            }
            for (ChatRoom room : memberships.remove(member)) {
                room.unseat(member);
                rooms.cluster().left(room, name);
            }
            rooms.cluster().release(name);
            member.deliver(Encoders.refusal(text));
            member.connection().close("name taken on another server");
            return true;
        }
    }

    /**
     * Tells {@code session} {@code why} and closes it unless it has joined meanwhile; under the lock, so that it
     * cannot join at the same time.
     *
     * @return whether it was closed
     */
    boolean expire(Session session, Delivery why) {
        synchronized (lock) {
            if (memberships.containsKey(session) || !session.connection().isOpen()) {
                return false;
            }
            session.expire();
            session.deliver(why);
            session.connection().close("handshake timed out");
            return true;
        }
    }

    /**
     * Tells every member {@code reason} ({@code NOTICE} and {@code BYE}, or {@code Room notice: ...}), closes them
     * and refuses further joins. Nobody is announced as leaving: the server itself is going.
     */
    void stop(String reason) {
        synchronized (lock) {
            stopped = true;
            Instant now = Instant.now();
            Delivery notice = Encoders.notice(now, reason);
            byte[] bye = Encoders.bye(now, reason);
            for (Session member : memberships.keySet()) {
                member.deliver(notice);
                if (member.extended()) {
                    member.send(bye);
                }
                member.connection().close("room stopped");
            }
            memberships.clear();
            byName.clear();
            rooms.closeAll();
        }
    }

    /** The default room's members and topic. */
    RoomStatus status(InetSocketAddress address) {
        synchronized (lock) {
            ChatRoom room = rooms.defaultRoom();
            return new RoomStatus(address, room.names(), room.topic());
        }
    }
}
