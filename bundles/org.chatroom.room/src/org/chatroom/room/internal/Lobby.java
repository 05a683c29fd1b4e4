package org.chatroom.room.internal;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import org.chatroom.protocol.TextRules;
import org.osgi.service.log.Logger;

/**
 * The members of a server and the rooms they are in. Names are unique on the server; original and
 * {@code chatroom/1} members are in the default room only, {@code chatroom/2} members in the rooms they join. Every
 * change happens under one lock ({@link #lock}); room events are appended to the room log under it and delivered by
 * the log's callback under it too, so all members of a room see its events in the same order. Sending never blocks
 * (connections queue or cut off a slow reader), so the lock is held briefly. Who has a name is in a
 * {@link MemberIndex}, how a name is taken in {@link LobbyEntry}, what the log refused in {@link LogRefusals}.
 */
final class Lobby {

    final Object lock = new Object();
    private final Bans bans;
    private final Rooms rooms;
    private final Logger logger;
    private final MemberIndex members = new MemberIndex();
    private final LogRefusals refusals;
    private final LobbyEntry entry;
    private boolean stopped;

    Lobby(Bans bans, RoomLog log, Cluster cluster, RoomPolicy policy, RoomLimits limits, Logger logger) {
        this.bans = bans;
        this.refusals = new LogRefusals(lock, members, cluster, logger);
        this.rooms = new Rooms(log, cluster, policy, limits, lock, refusals, logger);
        this.entry = new LobbyEntry(bans, rooms, members, logger);
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
            return entry.join(session, name);
        }
    }

    /** The rooms {@code session} is in; empty when it has no name. Under lock. */
    Set<ChatRoom> roomsOf(Session session) {
        return members.roomsOf(session);
    }

    /** The member called {@code name} (compared as names are), or null. Under lock. */
    Session named(String name) {
        return members.named(name);
    }

    /** How many members have a name. Under lock. */
    int count() {
        return members.count();
    }

    /** Whether {@code session} has a name on this server. Under lock. */
    boolean named(Session session) {
        return members.has(session);
    }

    /** Takes {@code session} out of every room and frees its name; @return whether it had a name */
    boolean leave(Session session, String reason) {
        return leave(session, reason, "");
    }

    /** As {@link #leave(Session, String)}, removed by {@code by} ({@code RoomEvent.by}). */
    boolean leave(Session session, String reason, String by) {
        synchronized (lock) {
            Set<ChatRoom> joined = members.remove(session);
            if (joined == null) {
                return false;
            }
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
        members.leftRoom(session, room);
        rooms.cluster().leaving(room, session.name());
        // a leave's reason is not refused, the member leaves: what a terminal would act on is taken out of it (a
        // PART's reason carried ESC sequences to every member, live and in the history)
        EventDraft leave = new EventDraft(Instant.now(), EventKind.LEAVE, session.name(), TextRules.without(reason),
                by);
        try {
            room.append(leave);
        } catch (RoomLogException e) {
            refusals.owe(room, leave, e);
        }
    }

    /** Appends again the leaves and renames the log refused ({@link LogRefusals#retry}). Run by the server's timer. */
    void retryOwed() {
        try {
            refusals.retry();
        } catch (RuntimeException e) { // the timer would not run it again
            logger.error("could not append the owed leaves and renames", e);
        }
    }

    /** Says {@code text} in {@code room} as {@code kind}; tells the sender when the log cannot take it. */
    void say(Session from, ChatRoom room, EventKind kind, String text) {
        synchronized (lock) {
            if (room.seat(from) == null) {
                return;
            }
            try {
                room.said(from, kind, text);
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
            if (!members.has(session)) {
                return Optional.empty();
            }
            String oldName = session.name();
            Session holder = members.named(newName);
            if (holder != null && holder != session) {
                return Optional.of(NameProblem.taken());
            }
            if (oldName.equals(newName)) {
                return Optional.empty();
            }
            if (bans.bansName(newName)) {
                return Optional.of(LobbyEntry.banned());
            }
            boolean sameKey = NameRules.key(oldName).equals(NameRules.key(newName));
            Optional<NameProblem> claimed = sameKey ? Optional.empty() : entry.claim(newName);
            if (claimed.isPresent()) {
                return claimed;
            }
            for (ChatRoom room : members.roomsOf(session)) {
                EventDraft nick = new EventDraft(Instant.now(), EventKind.NICK, oldName, newName);
                try {
                    rooms.cluster().left(room, oldName);
                    rooms.cluster().entered(room, newName);
                    room.append(nick);
                } catch (RoomLogException e) {
                    refusals.owe(room, nick, e);
                }
            }
            if (!sameKey) {
                rooms.cluster().release(oldName);
            }
            members.renamed(session, oldName, newName);
            if (session.version() == 2) {
                session.send(Encoders.welcome(Instant.now(), newName));
            }
            return Optional.empty();
        }
    }

    /**
     * Sends to {@code to} and echoes to the sender; a {@code notice} reaches front ends with notices as one.
     *
     * @return false when nobody is called {@code to}
     */
    boolean privateMessage(Session from, String to, String text, boolean notice) {
        synchronized (lock) {
            Session target = members.named(to);
            if (target == null || !members.has(from)) {
                return false;
            }
            Delivery delivery = Encoders.privateMessage(Instant.now(), from.name(), target.name(), text, notice);
            from.unsettled().then(() -> { // after what the sender said in rooms before it
                target.deliver(delivery);
                if (target != from) {
                    from.deliver(delivery);
                }
            });
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
            for (Session member : members.members()) {
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
            Session member = members.named(name);
            if (member == null) {
                return false;
            }
            for (ChatRoom room : members.remove(member)) {
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
            if (members.has(session) || !session.connection().isOpen()) {
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
     * and refuses further joins. Nobody is announced as leaving, the server itself is going; but each member's leave
     * is written to the room's history with the reason (after its connection closed, so nobody reads it now), where
     * the history of a server that stopped said they joined and never that they left. Not on a log shared with
     * other servers: they keep the room, and see this server's members leave by its presence ({@link ClusterWatch}).
     */
    void stop(String reason) {
        synchronized (lock) {
            stopped = true;
            Instant now = Instant.now();
            Delivery notice = Encoders.notice(now, reason);
            byte[] bye = Encoders.bye(now, reason);
            List<Session> present = List.copyOf(members.members());
            for (Session member : present) {
                member.deliver(notice);
                if (member.extended()) {
                    member.send(bye);
                }
                member.connection().close("room stopped");
            }
            if (!rooms.cluster().shared()) {
                String why = stripPeriod(reason.isBlank() ? Messages.get("bye.stopped") : reason);
                present.forEach(member -> leave(member, why));
            }
            members.clear();
            rooms.closeAll();
        }
    }

    /** "The room closed." as a leave's reason, shown in brackets: "ana left the chat (The room closed)". */
    private static String stripPeriod(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    /** The names of every member with one, in any room or none, in the order they took them. */
    List<String> connected() {
        synchronized (lock) {
            return members.members().stream().map(Session::name).toList();
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
