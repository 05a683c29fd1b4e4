package org.chatroom.room.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chatroom.api.log.EventDraft;
import org.chatroom.api.log.EventKind;
import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.log.RoomEventListener;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.api.log.RoomStream;
import org.chatroom.api.room.RoomInfo;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.NameRules;
import org.osgi.service.log.Logger;

/**
 * One room: its members (seats), its topic, its password and bans, and its stream in the room log. Events are
 * appended to the stream and reach the members only from {@link #committed(RoomEvent)}, in sequence order: a member
 * never receives an event the log could lose. Everything but {@link #committed} runs under the lobby's lock; the
 * log's thread takes that lock to deliver; it also tells the sender of an event the log refused after accepting it.
 */
final class ChatRoom implements RoomEventListener {

    /** Told when the log refused, after accepting it, a member's join, leave or rename in a room. */
    interface Refusals {
        void joinRefused(ChatRoom room, String name, RoomLogException why);

        /** {@code draft}, a {@code LEAVE} or {@code NICK} that happened on this server, is owed to the room. */
        void owed(ChatRoom room, EventDraft draft, RoomLogException why);
    }

    private final String name;
    private final boolean defaultRoom;
    private final Object lock;
    private final int maxPendingBytes;
    private final Cluster cluster;
    private final Refusals refusals;
    private final Logger logger;
    private final Map<Session, Seat> seats = new LinkedHashMap<>();
    /** The members as the delivered events say (up to {@link #delivered}), and what waits for a join. */
    private final RoomRoster roster = new RoomRoster();
    private final RoomRules rules = new RoomRules();
    private final Map<Session, Long> resumedAt = new HashMap<>();
    /** How events reach the seats, told of every change of a seat. */
    private final FanOut fanOut = new FanOut(resumedAt);
    private final RoomTopic topic = new RoomTopic();
    private final SaidInFlight inFlight = new SaidInFlight();
    private RoomStream stream;
    private long delivered;
    private String identity = "";

    ChatRoom(String name, boolean defaultRoom, Object lock, int maxPendingBytes, Cluster cluster,
            Refusals refusals, Logger logger) {
        this.name = name;
        this.defaultRoom = defaultRoom;
        this.lock = lock;
        this.maxPendingBytes = maxPendingBytes;
        this.cluster = cluster;
        this.refusals = refusals;
        this.logger = logger;
    }

    /**
     * Takes over the opened stream and the settings it kept; the members other servers sharing the room have in it
     * are its members as far as the events delivered from now on are concerned.
     */
    void attach(RoomStream opened) throws RoomLogException {
        this.stream = opened;
        this.delivered = opened.lastSequence();
        Map<String, String> settings = RoomIdentity.settle(stream);
        identity = settings.get(RoomIdentity.CREATED);
        topic.load(settings);
        rules.apply(settings);
        roster.seed(cluster.names(name, List.of()));
    }

    /** What tells this room from another of the same name before or after it ({@link RoomIdentity}). */
    String identity() {
        return identity;
    }

    /**
     * Reads the settings the log keeps (password, bans, history options) again: other servers sharing the room may
     * have changed them. The topic is not read again: the room follows the committed {@code TOPIC} events. Under the
     * lobby's lock.
     */
    void reload() throws RoomLogException {
        rules.apply(stream.settings());
    }

    /**
     * Applies {@code settings} read outside the lobby's lock when this server changed none since {@code editsBefore}
     * ({@link #edits()} before the read); else the read may be older than the change, and is left out. Under the
     * lobby's lock. @return whether they were applied
     */
    boolean apply(Map<String, String> settings, long editsBefore) {
        return rules.apply(settings, editsBefore);
    }

    /** How many changes of its settings this server made; under the lobby's lock. */
    long edits() {
        return rules.edits();
    }

    /** This server changes the room's settings now (the host); under the lobby's lock. */
    void edited() {
        rules.edited();
    }

    /** The log's callback: delivers {@code event} to the members, once, in order. */
    @Override
    public void committed(RoomEvent event) {
        boolean topicSet = false;
        synchronized (lock) {
            if (event.seq() <= delivered) {
                return;
            }
            delivered = event.seq();
            if (event.kind() == EventKind.TOPIC) { // also when another server set it
                topic.committed(event);
                topicSet = true;
            }
            roster.committed(event);
            if (event.kind() == EventKind.LEAVE) {
                cluster.leaveSettled(this, event.name());
            }
            Delivery delivery = EventEncoder.live(event, defaultRoom);
            fanOut.deliver(delivery, event);
            inFlight.committed(event); // the sender's private messages said after it, behind it
            if (event.kind() == EventKind.JOIN) {
                roster.joinSettled(event.name());
            }
        }
        if (topicSet) { // every server that commits it keeps it, unless a later one is kept
            RoomTopic.store(stream, event, logger);
        }
    }

    /**
     * Runs {@code then} once the join of the member called {@code name} has been delivered, so that
     * {@link #deliveredNames()} hold it and everyone who joined before it: at once when it has, else from
     * {@link #committed} (or {@link #refused}, when the log gives the join up). Under the lobby's lock.
     */
    void afterJoinDelivered(String name, Runnable then) {
        roster.afterJoin(name, then);
    }

    /**
     * The log's callback: {@code draft}, accepted by the log, will never be committed. The sender of a message, action
     * or topic, when still in the room, is told that it was not sent, as when the log refuses at once; nobody else
     * hears of it, and a refused topic changes nothing. A member whose join was refused is told and taken out of the
     * room again; a leave or rename, which happened here all the same, is appended again until the log takes it
     * ({@link Refusals}).
     */
    @Override
    public void refused(EventDraft draft, RoomLogException why) {
        if (draft.kind() == EventKind.JOIN) {
            synchronized (lock) {
                roster.joinSettled(draft.name());
            }
            refusals.joinRefused(this, draft.name(), why);
            return;
        }
        if (draft.kind() == EventKind.LEAVE || draft.kind() == EventKind.NICK) {
            refusals.owed(this, draft, why);
            return;
        }
        if (!draft.kind().said() && draft.kind() != EventKind.TOPIC) {
            return;
        }
        synchronized (lock) {
            inFlight.refused(draft);
            for (Session member : seats.keySet()) {
                if (member.name().equals(draft.name())) {
                    member.refuse(ErrorCode.LOG_UNAVAILABLE, Messages.get("error.logUnavailable", why.getMessage()));
                    return;
                }
            }
        }
    }

    String name() {
        return name;
    }

    String key() {
        return NameRules.key(name);
    }

    boolean isDefault() {
        return defaultRoom;
    }

    RoomStream stream() {
        return stream;
    }

    /** Sequence number of the last event delivered to the members. */
    long delivered() {
        return delivered;
    }

    /** Appends an event; it reaches the members once committed. */
    void append(EventKind kind, String member, String text) throws RoomLogException {
        append(new EventDraft(Instant.now(), kind, member, text));
    }

    void append(EventDraft draft) throws RoomLogException {
        stream.append(draft);
    }

    /**
     * Appends what {@code member} said ({@code kind}: a message, an action or a notice); its private messages wait
     * until it is committed ({@link SaidInFlight}). Under the lobby's lock.
     */
    void said(Session member, EventKind kind, String text) throws RoomLogException {
        inFlight.append(stream, member, new EventDraft(Instant.now(), kind, member.name(), text));
    }

    /** The room no longer hears the log (closed, or the server stops): what was said holds nothing back. */
    void released() {
        inFlight.releaseAll();
    }

    Seat seat(Session session) {
        return seats.get(session);
    }

    /** Whether a member of this server has a seat here under exactly {@code name}. */
    boolean seatedAs(String name) {
        for (Session member : seats.keySet()) {
            if (member.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    Seat sit(Session session, boolean syncing, String joinEcho) {
        Seat seat = new Seat(session, syncing, joinEcho, maxPendingBytes);
        Seat previous = seats.put(session, seat);
        if (previous != null) {
            fanOut.remove(previous);
        }
        fanOut.place(seat);
        return seat;
    }

    /** {@code seat} has its history: what waited is sent, and it gets events as they come. */
    void live(Seat seat) {
        seat.live();
        fanOut.place(seat);
    }

    /**
     * {@code session} resumes after event {@code seq}, which another server sharing the room has delivered but this
     * one not yet: it does not get the events up to it again.
     */
    void resumesAfter(Session session, long seq) {
        resumedAt.put(session, seq);
        Seat seat = seats.get(session);
        if (seat != null) {
            fanOut.place(seat);
        }
    }

    boolean unseat(Session session) {
        resumedAt.remove(session);
        Seat seat = seats.remove(session);
        if (seat == null) {
            return false;
        }
        fanOut.remove(seat);
        return true;
    }

    /** Nobody is in the room any more (the server stopped). */
    void clearSeats() {
        seats.clear();
        roster.clear();
        fanOut.clear();
    }

    Collection<Seat> seats() {
        return List.copyOf(seats.values());
    }

    int size() {
        return seats.size();
    }

    /** The members' names, on every server that shares the room. */
    List<String> names() {
        List<String> names = new ArrayList<>(seats.size());
        for (Session member : seats.keySet()) {
            names.add(member.name());
        }
        return roster.withoutDeparted(cluster.names(name, names), names);
    }

    /**
     * The members as the events delivered so far say, up to {@link #delivered()} (on every server that shares the
     * room): unlike {@link #names()}, without those whose join is not delivered yet and with those whose leave is not,
     * so that a member given these names and then the events after {@link #delivered()} hears each change once. Not
     * the cluster's presence records: another server records its member there before the member's join is delivered
     * here, and a member given that name and then its join would hear it join twice.
     */
    List<String> deliveredNames() {
        return roster.names();
    }

    String topic() {
        return topic.text();
    }

    String topicSetter() {
        return topic.setter();
    }

    Instant topicTime() {
        return topic.time();
    }

    /**
     * Appends the event that sets the topic; the topic changes, here and on every server sharing the room, once it is
     * committed, and is kept in the log's settings then.
     */
    void topic(String setter, String text) throws RoomLogException {
        stream.append(RoomTopic.draft(setter, text));
    }

    /** The hash of the password as this server last read or set it (empty: none); under the lobby's lock. */
    String passwordHash() {
        return rules.passwordHash();
    }

    boolean passwordRequired() {
        return rules.passwordRequired();
    }

    boolean passwordMatches(String guess) {
        return rules.passwordMatches(guess);
    }

    void password(String password) throws RoomLogException {
        rules.password(stream, password);
    }

    /** The room's own retention and lines for original clients. */
    HistoryOptions history() {
        return rules.history();
    }

    /** The room's bans as this server last read or changed them. */
    Bans bans() {
        return rules.bans();
    }

    /**
     * Bans {@code nameOrAddress} from the room (one write of its own in the log). @return whether it was not banned
     *
     * @throws IllegalArgumentException when it is empty or an invalid address
     */
    boolean ban(String nameOrAddress) throws RoomLogException {
        return rules.ban(stream, nameOrAddress);
    }

    /** Lifts the room's ban on {@code nameOrAddress}; @return whether this server knew it */
    boolean unban(String nameOrAddress) throws RoomLogException {
        return rules.unban(stream, nameOrAddress);
    }

    RoomInfo info() {
        return new RoomInfo(name, topic.text(), seats.size(), delivered, passwordRequired());
    }
}
