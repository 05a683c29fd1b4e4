package org.chatroom.room.internal;

import java.time.Instant;
import java.util.concurrent.Executor;

import org.chatroom.api.log.EventKind;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.RoomCommand;
import org.chatroom.protocol.RoomLine;
import org.osgi.service.log.Logger;

/**
 * What a {@code chatroom/2} member's room commands do (the member has a name; the commands shared with version 1 go
 * to {@link MemberCommands}). Joins and creations are rate limited per connection ({@link ErrorCode#JOIN_LIMITED}).
 */
final class RoomCommands {

    private final Lobby lobby;
    private final Logger logger;
    private final RoomJoin joins;
    private final HistoryRequests history;

    RoomCommands(Lobby lobby, Executor readers, GuessThrottle throttle, Logger logger) {
        this.lobby = lobby;
        this.logger = logger;
        this.joins = new RoomJoin(lobby, readers, throttle, logger);
        this.history = new HistoryRequests(lobby, readers, logger);
    }

    void run(Session member, RoomCommand command) {
        try {
            if (command instanceof RoomCommand.Rooms) {
                list(member);
            } else if (command instanceof RoomCommand.Create create) {
                admitJoin(member);
                create(member, create);
            } else if (command instanceof RoomCommand.Join join) {
                admitJoin(member);
                joins.join(member, join);
            } else if (command instanceof RoomCommand.Part part) {
                part(member, part);
            } else if (command instanceof RoomCommand.Say say) {
                speak(member, say.room(), EventKind.MESSAGE, say.text());
            } else if (command instanceof RoomCommand.Act act) {
                speak(member, act.room(), EventKind.ACTION, act.text());
            } else if (command instanceof RoomCommand.SetTopic topic) {
                speak(member, topic.room(), EventKind.TOPIC, topic.text());
            } else if (command instanceof RoomCommand.Names names) {
                names(member, names);
            } else if (command instanceof RoomCommand.History request) {
                history.history(member, request);
            } else if (command instanceof RoomCommand.Search request) {
                history.search(member, request);
            }
        } catch (RoomRefusal refusal) {
            member.refuse(refusal.code(), refusal.getMessage());
        }
    }

    private static void admitJoin(Session member) throws RoomRefusal {
        if (!member.admitJoin()) {
            throw new RoomRefusal(ErrorCode.JOIN_LIMITED, Messages.get("error.joinLimited"));
        }
    }

    private void list(Session member) {
        synchronized (lobby.lock) {
            int count = 0;
            for (ChatRoom room : lobby.rooms().list()) {
                member.send(EventEncoder.line(new RoomLine.RoomInfo(room.name(), room.size(), room.topic())));
                count++;
            }
            member.send(EventEncoder.line(new RoomLine.RoomsEnd(count)));
        }
    }

    private void create(Session member, RoomCommand.Create create) throws RoomRefusal {
        synchronized (lobby.lock) {
            RoomPolicy policy = lobby.rooms().policy();
            if (!policy.membersCreateRooms()) {
                throw new RoomRefusal(ErrorCode.CREATE_DENIED, Messages.get("error.createDenied"));
            }
            if (lobby.roomsOf(member).size() >= policy.maxRoomsPerMember()) {
                throw new RoomRefusal(ErrorCode.MEMBER_ROOM_LIMIT,
                        Messages.get("error.memberRoomLimit", policy.maxRoomsPerMember()));
            }
            ChatRoom room = lobby.rooms().create(create.room());
            try {
                room.password(create.key());
            } catch (RoomLogException e) {
                throw new RoomRefusal(ErrorCode.LOG_UNAVAILABLE, Messages.get("error.logUnavailable", e.getMessage()));
            }
            logger.info("{} created room {}", member.name(), room.name());
        }
        joins.join(member, new RoomCommand.Join(create.room(), RoomCommand.NO_SEQ, create.key()));
    }

    private void part(Session member, RoomCommand.Part part) throws RoomRefusal {
        synchronized (lobby.lock) {
            ChatRoom room = joined(member, part.room());
            lobby.leaveRoom(room, member, part.reason());
            member.send(EventEncoder.line(new RoomLine.Parted(Instant.now(), room.name(), "")));
        }
    }

    /**
     * A message, an action or a notice ({@link EventKind#NOTICE}: IRC's, which no command of our protocol sends) of
     * {@code member} in room {@code name}, from another protocol's front end; a refusal is told to the member, as
     * {@link #run} tells those of our protocol's commands.
     */
    void say(Session member, String name, EventKind kind, String text) {
        try {
            speak(member, name, kind, text);
        } catch (RoomRefusal refusal) {
            member.refuse(refusal.code(), refusal.getMessage());
        }
    }

    private void speak(Session member, String name, EventKind kind, String text) throws RoomRefusal {
        if (!member.withinSize(text)) {
            return;
        }
        ChatRoom room;
        synchronized (lobby.lock) {
            room = joined(member, name);
        }
        if (kind == EventKind.TOPIC) {
            lobby.topic(member, room, text);
        } else {
            lobby.say(member, room, kind, text);
        }
    }

    private void names(Session member, RoomCommand.Names names) throws RoomRefusal {
        synchronized (lobby.lock) {
            ChatRoom room = joined(member, names.room());
            member.send(EventEncoder.line(new RoomLine.Members(Instant.now(), room.name(), room.names())));
        }
    }

    /** The room called {@code name} when {@code member} is in it; under lock. */
    private ChatRoom joined(Session member, String name) throws RoomRefusal {
        ChatRoom room = lobby.rooms().get(name);
        if (room.seat(member) == null) {
            throw new RoomRefusal(ErrorCode.NOT_IN_ROOM, Messages.get("error.notInRoom", room.name()));
        }
        return room;
    }
}
