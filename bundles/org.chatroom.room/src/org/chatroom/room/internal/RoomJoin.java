package org.chatroom.room.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.chatroom.api.log.EventKind;
import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.api.log.RoomStream;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.RoomCommand;
import org.chatroom.protocol.RoomLine;
import org.osgi.service.log.Logger;

/**
 * A {@code chatroom/2} member joining a room: the room's settings read from a shared log outside the lobby's lock
 * (a password or ban set on another server applies to the next join), checks under the lobby's lock, a seat that
 * holds live events back, the history read from the log outside the lock on a reader thread (up to the last event
 * delivered when the seat was taken), then under the lock again the history, {@code JOINED}, the members, the topic
 * and what was held back. So the history ends exactly where the live stream begins: no gap, no duplicate.
 */
final class RoomJoin {

    /** Events read from the log at once while resuming. */
    private static final int PAGE = 1000;

    private final Lobby lobby;
    private final Executor readers;
    private final Logger logger;
    private final RoomPasswordCheck passwords;

    /**
     * @param readers  where the log is read, off the connections' threads
     * @param throttle wrong passwords per address (the room's password each in its own scope)
     */
    RoomJoin(Lobby lobby, Executor readers, GuessThrottle throttle, Logger logger) {
        this.lobby = lobby;
        this.readers = readers;
        this.logger = logger;
        this.passwords = new RoomPasswordCheck(throttle, logger);
    }

    /** Joins {@code request.room()}, or refuses it to {@code member} with its own code. */
    void join(Session member, RoomCommand.Join request) {
        Settings read;
        try {
            read = settings(request.room());
        } catch (RoomLogException e) {
            refuseUnlogged(member, request, e);
            return;
        }
        ChatRoom room;
        long start;
        String joinedAs; // its join event's name, even if it is renamed before that is delivered
        synchronized (lobby.lock) {
            joinedAs = member.name();
            if (!lobby.named(member)) {
                return; // removed meanwhile
            }
            try {
                room = existing(request.room());
                if (lobby.rooms().cluster().shared() && (read.room() != room
                        || !room.apply(read.settings(), read.editsBefore()))) {
                    room.reload(); // not read before (opened now), or changed here since: read again
                }
                check(member, room, request);
                lobby.rooms().cluster().entered(room, member.name());
                try {
                    room.append(EventKind.JOIN, joinedAs, "");
                } catch (RoomLogException e) {
                    lobby.rooms().cluster().left(room, member.name());
                    throw e;
                }
            } catch (RoomRefusal refusal) {
                member.refuse(refusal.code(), refusal.getMessage());
                return;
            } catch (RoomLogException e) {
                refuseUnlogged(member, request, e);
                return;
            }
            room.sit(member, true, null);
            lobby.roomsOf(member).add(room);
            start = room.delivered();
            if (request.since() > start) { // checked: another server of the cluster delivered it already
                room.resumesAfter(member, request.since());
                start = request.since();
            }
        }
        long historyEnd = start;
        try {
            readers.execute(() -> complete(member, joinedAs, room, request, historyEnd));
        } catch (RejectedExecutionException e) {
            member.connection().close("room stopped");
        }
    }

    /** The room a join asks for; a missing one's refusal says how to create it when members may. */
    private ChatRoom existing(String name) throws RoomRefusal {
        try {
            return lobby.rooms().get(name);
        } catch (RoomRefusal refusal) {
            if (refusal.code() != ErrorCode.NO_SUCH_ROOM || !lobby.rooms().policy().membersCreateRooms()) {
                throw refusal;
            }
            throw new RoomRefusal(ErrorCode.NO_SUCH_ROOM, Messages.get("error.noSuchRoomToCreate", name));
        }
    }

    /** A room's settings as read outside the lobby's lock, and how many changes this server had made before. */
    private record Settings(ChatRoom room, Map<String, String> settings, long editsBefore) {
    }

    /**
     * Reads the settings of {@code name} (password and bans as another server may have set them) when the room is
     * shared and open here, outside the lobby's lock: a round trip that would hold up every other join of the server.
     */
    private Settings settings(String name) throws RoomLogException {
        ChatRoom room;
        long editsBefore;
        synchronized (lobby.lock) {
            room = lobby.rooms().cluster().shared() ? lobby.rooms().find(name) : null;
            editsBefore = room == null ? 0 : room.edits();
        }
        return room == null ? new Settings(null, Map.of(), 0)
                : new Settings(room, room.stream().settings(), editsBefore);
    }

    private void refuseUnlogged(Session member, RoomCommand.Join request, RoomLogException e) {
        logger.warn("{} could not join {}: {}", member.name(), request.room(), e.getMessage());
        member.refuse(ErrorCode.LOG_UNAVAILABLE, Messages.get("error.joinLogUnavailable", e.getMessage()));
    }

    /** What a joining member gets before live events: the events, and how many it asked for that are gone. */
    private record Backlog(List<RoomEvent> events, long lost) {
    }

    /** Reads the history (on a reader thread), then sends it and goes live. */
    private void complete(Session member, String joinedAs, ChatRoom room, RoomCommand.Join request, long start) {
        Backlog backlog = new Backlog(List.of(), 0);
        try {
            backlog = history(room.stream(), request.since(), start, member.historyOnJoin());
        } catch (RoomLogException e) {
            logger.warn("history of {} unavailable for {}: {}", room.name(), member.name(), e.getMessage());
            member.refuse(ErrorCode.LOG_UNAVAILABLE, Messages.get("error.historyUnavailable", e.getMessage()));
        }
        synchronized (lobby.lock) {
            Seat seat = room.seat(member);
            if (seat == null) {
                return; // left or removed meanwhile
            }
            if (member.member() == null) {
                sendJoined(member, room, start, backlog);
                room.live(seat);
                return;
            }
            // a front end's member gets the members as the delivered events say, once they say it joined (so they
            // hold everyone who joined before it), and after that only the changes the events bring
            List<RoomEvent> events = backlog.events();
            long lost = backlog.lost();
            room.afterJoinDelivered(joinedAs, () -> {
                if (room.seat(member) == seat) {
                    member.member().joined(MemberRooms.joinedState(room), events, lost);
                    room.live(seat);
                }
            });
        }
    }

    // under lock
    private static void sendJoined(Session member, ChatRoom room, long start, Backlog backlog) {
        if (backlog.lost() > 0) {
            member.send(EventEncoder.line(new RoomLine.Lost(room.name(), backlog.lost())));
        }
        for (RoomEvent event : backlog.events()) {
            member.send(EventEncoder.line(EventEncoder.mark(event, RoomLine.Mark.HISTORY)));
        }
        Instant now = Instant.now();
        member.send(EventEncoder.line(new RoomLine.Joined(now, room.name(), start, room.identity())));
        member.send(EventEncoder.line(new RoomLine.Members(now, room.name(), room.names())));
        if (!room.topic().isEmpty()) {
            member.send(EventEncoder.line(new RoomLine.Topic(now, room.name(), room.topicSetter(), room.topic())));
        }
    }

    // under lock
    private void check(Session member, ChatRoom room, RoomCommand.Join request) throws RoomRefusal {
        RoomPolicy policy = lobby.rooms().policy();
        if (room.seat(member) != null) {
            throw new RoomRefusal(ErrorCode.ALREADY_IN_ROOM, Messages.get("error.alreadyInRoom", room.name()));
        }
        if (request.since() < RoomCommand.NO_SEQ) {
            throw new RoomRefusal(ErrorCode.BAD_HISTORY, Messages.get("error.negativeSeq", request.since()));
        }
        if (request.since() != RoomCommand.NO_SEQ && !request.identity().isEmpty()
                && !request.identity().equals(room.identity())) {
            throw new RoomRefusal(ErrorCode.ROOM_REPLACED, Messages.get("error.roomReplaced", room.name()));
        }
        if (request.since() > room.delivered() && !(lobby.rooms().cluster().shared()
                && request.since() <= room.stream().lastSequence())) {
            throw new RoomRefusal(ErrorCode.FUTURE_SEQ,
                    Messages.get("error.futureSeq", request.since(), room.name(), room.delivered()));
        }
        if (room.bans().bansName(member.name()) || room.bans().bansAddress(member.address())) {
            throw new RoomRefusal(ErrorCode.ROOM_BANNED, Messages.get("error.roomBanned", room.name()));
        }
        passwords.check(room, member.address(), request.key());
        if (lobby.roomsOf(member).size() >= policy.maxRoomsPerMember()) {
            throw new RoomRefusal(ErrorCode.MEMBER_ROOM_LIMIT,
                    Messages.get("error.memberRoomLimit", policy.maxRoomsPerMember()));
        }
        if (room.size() >= policy.maxMembersPerRoom()) {
            throw new RoomRefusal(ErrorCode.ROOM_FULL, Messages.get("error.roomFull", room.name()));
        }
    }

    /**
     * What comes before {@code JOINED}: the last events up to {@code start} (none when the member asked for none:
     * nothing is read then), or with {@code since} every event after it up to {@code start}, and how many of those
     * are no longer kept ({@code LOST}).
     */
    private Backlog history(RoomStream stream, long since, long start, boolean usual) throws RoomLogException {
        RoomPolicy policy = lobby.rooms().policy();
        List<RoomEvent> events;
        long lost = 0;
        if (since == RoomCommand.NO_SEQ) {
            events = !usual || policy.historyOnJoin() == 0 ? List.of()
                    : stream.before(start + 1, policy.historyOnJoin());
        } else {
            long from = Math.max(since, start - policy.maxResume());
            lost = from - since;
            events = new ArrayList<>();
            long expected = from + 1;
            while (expected <= start) {
                List<RoomEvent> page = stream.after(expected - 1, PAGE);
                for (RoomEvent event : page) {
                    if (event.seq() > start) {
                        break;
                    }
                    lost += event.seq() - expected;
                    events.add(event);
                    expected = event.seq() + 1;
                }
                if (page.size() < PAGE || page.get(page.size() - 1).seq() >= start) {
                    break;
                }
            }
            lost += Math.max(0, start + 1 - expected);
        }
        List<RoomEvent> kept = new ArrayList<>(events.size());
        for (RoomEvent event : events) {
            if (event.seq() <= start) {
                kept.add(event);
            }
        }
        return new Backlog(kept, lost);
    }
}
