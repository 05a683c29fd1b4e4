package org.chatroom.room.member;

import java.util.List;

/**
 * A room as a member sees it at one moment.
 *
 * @param room         the room's name
 * @param topic        its topic, empty for none
 * @param topicSetter  who set it, empty for none
 * @param members      who is in it
 * @param lastSequence its newest delivered event, 0 for none
 * @param password     whether joining it needs a password
 */
public record RoomState(String room, String topic, String topicSetter, List<String> members, long lastSequence,
        boolean password) {

    public RoomState {
        members = List.copyOf(members);
    }
}
