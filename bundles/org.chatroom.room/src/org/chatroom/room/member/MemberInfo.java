package org.chatroom.room.member;

import java.util.List;

/**
 * A member as others may see it.
 *
 * @param name  its name
 * @param rooms the rooms it is in
 */
public record MemberInfo(String name, List<String> rooms) {

    public MemberInfo {
        rooms = List.copyOf(rooms);
    }
}
