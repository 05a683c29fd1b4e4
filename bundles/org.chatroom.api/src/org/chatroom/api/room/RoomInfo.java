package org.chatroom.api.room;

import java.util.Objects;

/**
 * One room of a running host.
 *
 * @param name         the room's name
 * @param topic        its topic, empty when none is set
 * @param members      how many members are in it now
 * @param lastSequence sequence number of its newest event in the room log, {@code 0} for none
 * @param password     whether joining it needs a password
 * @since 1.3
 */
public record RoomInfo(String name, String topic, int members, long lastSequence, boolean password) {

    public RoomInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(topic, "topic");
    }
}
