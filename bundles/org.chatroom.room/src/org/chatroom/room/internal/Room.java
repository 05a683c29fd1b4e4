package org.chatroom.room.internal;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.chatroom.api.room.RoomStatus;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.NameProblem;
import org.chatroom.protocol.NameRules;
import org.chatroom.protocol.OriginalProtocol;
import org.chatroom.protocol.ServerEvent;

/**
 * The member registry. Every change and every broadcast happens under one lock, so all members see room events in
 * the same order; sending never blocks (connections queue or cut off a slow reader), so the lock is held briefly.
 */
final class Room {

    private final Object lock = new Object();
    private final Bans bans;
    private final Set<Session> members = new LinkedHashSet<>();
    private final Map<String, Session> byName = new HashMap<>();
    private String topic = "";
    private String topicSetter = "";
    private boolean stopped;

    Room(Bans bans) {
        this.bans = bans;
    }

    /**
     * Adds {@code session} as {@code name} (already checked against {@link NameRules}), announces it to the others
     * and welcomes it.
     *
     * @return the problem when the name is taken, else empty
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
            Instant now = Instant.now();
            broadcast(Encoders.joined(now, name));
            session.name(name);
            members.add(session);
            byName.put(key, session);
            if (session.extended()) {
                session.send(Encoders.welcome(now, name));
                session.send(Encoders.members(now, names()));
                if (!topic.isEmpty()) {
                    session.send(Encoders.extended(new ServerEvent.Topic(now, topicSetter, topic)));
                }
            } else {
                session.send(Encoders.original(OriginalProtocol.welcome(name)));
            }
            return Optional.empty();
        }
    }

    /** Removes {@code session} and tells everyone left; @return whether it was a member */
    boolean leave(Session session, String reason) {
        synchronized (lock) {
            if (!members.remove(session)) {
                return false;
            }
            byName.remove(NameRules.key(session.name()));
            broadcast(Encoders.left(Instant.now(), session.name(), reason));
            return true;
        }
    }

    void message(Session from, String text) {
        synchronized (lock) {
            if (members.contains(from)) {
                broadcast(Encoders.message(Instant.now(), from.name(), text));
            }
        }
    }

    void action(Session from, String text) {
        synchronized (lock) {
            if (members.contains(from)) {
                broadcast(Encoders.action(Instant.now(), from.name(), text));
            }
        }
    }

    /** @return the problem when {@code newName} is another member's, else empty */
    Optional<NameProblem> rename(Session session, String newName) {
        synchronized (lock) {
            if (!members.contains(session)) {
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
            byName.remove(NameRules.key(oldName));
            byName.put(newKey, session);
            session.name(newName);
            broadcast(Encoders.nick(Instant.now(), oldName, newName));
            return Optional.empty();
        }
    }

    /** Sends to {@code to} and echoes to the sender; @return false when nobody is called {@code to} */
    boolean privateMessage(Session from, String to, String text) {
        synchronized (lock) {
            Session target = byName.get(NameRules.key(to));
            if (target == null || !members.contains(from)) {
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

    void topic(Session setter, String text) {
        synchronized (lock) {
            if (members.contains(setter)) {
                topic = text;
                topicSetter = setter.name();
                broadcast(Encoders.topic(Instant.now(), topicSetter, text));
            }
        }
    }

    /** Sends the member list to {@code session} alone. */
    void names(Session session) {
        synchronized (lock) {
            session.send(Encoders.members(Instant.now(), names()));
        }
    }

    /**
     * Removes the members {@code match} picks: the others see them leave for {@code leaveReason}, each is sent
     * {@code bye} and closed.
     *
     * @return the names of the removed members
     */
    List<String> remove(Predicate<Session> match, String leaveReason, Delivery bye) {
        synchronized (lock) {
            List<Session> removed = new ArrayList<>();
            for (Session member : members) {
                if (match.test(member)) {
                    removed.add(member);
                }
            }
            List<String> names = new ArrayList<>(removed.size());
            Instant now = Instant.now();
            for (Session member : removed) {
                members.remove(member);
                byName.remove(NameRules.key(member.name()));
                member.deliver(bye);
                member.connection().close("removed by the host");
                broadcast(Encoders.left(now, member.name(), leaveReason));
                names.add(member.name());
            }
            return names;
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
            if (members.contains(session) || !session.connection().isOpen()) {
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
     * and refuses further joins. Nobody is announced as leaving: the room itself is going.
     */
    void stop(String reason) {
        synchronized (lock) {
            stopped = true;
            Instant now = Instant.now();
            Delivery notice = Encoders.notice(now, reason);
            byte[] bye = Encoders.bye(now, reason);
            for (Session member : members) {
                member.deliver(notice);
                if (member.extended()) {
                    member.send(bye);
                }
                member.connection().close("room stopped");
            }
            members.clear();
            byName.clear();
        }
    }

    RoomStatus status(InetSocketAddress address) {
        synchronized (lock) {
            return new RoomStatus(address, names(), topic);
        }
    }

    // under lock
    private List<String> names() {
        List<String> names = new ArrayList<>(members.size());
        for (Session member : members) {
            names.add(member.name());
        }
        return names;
    }

    // under lock
    private void broadcast(Delivery delivery) {
        for (Session member : members) {
            member.deliver(delivery);
        }
    }
}
