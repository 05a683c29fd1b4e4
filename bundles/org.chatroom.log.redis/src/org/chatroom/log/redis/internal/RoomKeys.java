package org.chatroom.log.redis.internal;

/**
 * The Redis keys of the room log. A room's keys share the hash tag {@code {room}}, so that on Redis Cluster they sit
 * in one slot and the append script may touch them together; the room name is escaped inside the tag.
 */
final class RoomKeys {

    private final String prefix;

    RoomKeys(String prefix) {
        this.prefix = prefix;
    }

    /** Set of the names of the rooms that have a stream. */
    String rooms() {
        return prefix + "rooms";
    }

    /** The room's stream: one entry per event, ID {@code seq-0}. */
    String events(String room) {
        return room(room) + ":events";
    }

    /** The room's counter: the sequence number of its newest event. */
    String sequence(String room) {
        return room(room) + ":seq";
    }

    /** Hash of the room's settings (the room service's keys). */
    String settings(String room) {
        return room(room) + ":settings";
    }

    /** Hash of the room's retention ({@code maxEvents}, {@code maxAgeMillis}); absent: the configured default. */
    String retention(String room) {
        return room(room) + ":retention";
    }

    /** A small stream the node writes to wake its own blocking read when it follows one more room. */
    String wake(String node) {
        return prefix + "node:" + node + ":wake";
    }

    String describe() {
        return prefix + "*";
    }

    private String room(String room) {
        return prefix + "{" + escape(room) + "}";
    }

    static String escape(String room) {
        return room.replace("%", "%25").replace("{", "%7B").replace("}", "%7D");
    }
}
