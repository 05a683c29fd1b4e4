package org.chatroom.room.member;

import java.time.Instant;
import java.util.List;

/**
 * A room as a member sees it at one moment.
 *
 * @param room         the room's name
 * @param topic        its topic, empty for none
 * @param topicSetter  who set it, empty for none
 * @param topicTime    when it was set; null for no topic, or for a topic kept before this was (since 1.3)
 * @param members      who is in it
 * @param lastSequence its newest delivered event, 0 for none
 * @param password     whether joining it needs a password
 * @param identity     what tells it from an earlier or later room of the same name (closed and created again, or
 *                     whose history did not outlive a restart): an opaque token, as {@code JOINED} gives it to
 *                     {@code chatroom/2} clients (since 1.4; empty when not known)
 */
public record RoomState(String room, String topic, String topicSetter, Instant topicTime, List<String> members,
        long lastSequence, boolean password, String identity) {

    public RoomState {
        members = List.copyOf(members);
    }

    /** A room whose identity is not given (the record as it was before 1.4). */
    public RoomState(String room, String topic, String topicSetter, Instant topicTime, List<String> members,
            long lastSequence, boolean password) {
        this(room, topic, topicSetter, topicTime, members, lastSequence, password, "");
    }

    /** A room whose topic's time is not known (the record as it was before 1.3). */
    public RoomState(String room, String topic, String topicSetter, List<String> members, long lastSequence,
            boolean password) {
        this(room, topic, topicSetter, null, members, lastSequence, password);
    }
}
