package org.chatroom.api.room;

import java.net.InetSocketAddress;
import java.util.List;

/**
 * A snapshot of a room.
 *
 * @param address where members connect, or {@code null} when not hosting
 * @param members names of the members who completed the handshake, in join order
 * @param topic   the room topic, empty when none was set
 */
public record RoomStatus(InetSocketAddress address, List<String> members, String topic) {

    public static final RoomStatus STOPPED = new RoomStatus(null, List.of(), "");

    public RoomStatus {
        members = List.copyOf(members);
    }

    public boolean hosting() {
        return address != null;
    }
}
