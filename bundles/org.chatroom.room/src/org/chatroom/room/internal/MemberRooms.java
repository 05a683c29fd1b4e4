package org.chatroom.room.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chatroom.room.member.MemberException;
import org.chatroom.room.member.MemberInfo;
import org.chatroom.room.member.RoomState;

/** What front-end members may read of the rooms and the members; under the lobby's lock. */
final class MemberRooms {

    private MemberRooms() {
    }

    static RoomState state(ChatRoom room) {
        return new RoomState(room.name(), room.topic(), room.topicSetter(), room.topicTime(), room.names(),
                room.delivered(), room.passwordRequired(), room.identity());
    }

    /**
     * The room for a member that joins it: the members as of its last delivered event, which the member gets the
     * events after ({@link ChatRoom#deliveredNames()}).
     */
    static RoomState joinedState(ChatRoom room) {
        return new RoomState(room.name(), room.topic(), room.topicSetter(), room.topicTime(),
                room.deliveredNames(), room.delivered(), room.passwordRequired(), room.identity());
    }

    /** The room called {@code name}; @throws MemberException when there is none or the name is bad */
    static ChatRoom find(Lobby lobby, String name) throws MemberException {
        try {
            return lobby.rooms().get(name);
        } catch (RoomRefusal refusal) {
            throw new MemberException(refusal.code(), refusal.getMessage());
        }
    }

    /** The room called {@code name}, which {@code member} must be in. */
    static ChatRoom joined(Lobby lobby, Session member, String name) throws MemberException {
        ChatRoom room = find(lobby, name);
        if (room.seat(member) == null) {
            throw new MemberException(org.chatroom.protocol.ErrorCode.NOT_IN_ROOM,
                    Messages.get("error.notInRoom", room.name()));
        }
        return room;
    }

    static Optional<MemberInfo> member(Lobby lobby, String name) {
        Session session = lobby.named(name);
        if (session == null) {
            return Optional.empty();
        }
        List<String> rooms = new ArrayList<>();
        for (ChatRoom room : lobby.roomsOf(session)) {
            rooms.add(room.name());
        }
        return Optional.of(new MemberInfo(session.name(), rooms));
    }
}
