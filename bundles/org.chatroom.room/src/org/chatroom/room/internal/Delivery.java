package org.chatroom.room.internal;

import java.util.function.Consumer;

import org.chatroom.room.member.MemberListener;

/**
 * One room event, encoded once per protocol variant, whatever the number of members.
 *
 * @param original bytes for original-protocol members, or {@code null} when they are not told
 * @param extended bytes (a whole line) for {@code chatroom/1} members, or {@code null} when they are not told
 * @param rooms    bytes (a whole line) for {@code chatroom/2} members
 * @param member   what members of a front end ({@link MemberListener}) are told, or {@code null} when nothing
 */
record Delivery(byte[] original, byte[] extended, byte[] rooms, Consumer<MemberListener> member) {

    /** A line both extended versions share, and the call for front-end members. */
    Delivery(byte[] original, byte[] extended, Consumer<MemberListener> member) {
        this(original, extended, extended, member);
    }

    /** @param version 0 for the original protocol, else the extended version */
    byte[] forVersion(int version) {
        return switch (version) {
        case 0 -> original;
        case 1 -> extended;
        default -> rooms;
        };
    }

    /** Encoded size for the variant that is largest, for bounding what waits for a member. */
    int size() {
        return Math.max(rooms == null ? 0 : rooms.length, extended == null ? 0 : extended.length);
    }
}
