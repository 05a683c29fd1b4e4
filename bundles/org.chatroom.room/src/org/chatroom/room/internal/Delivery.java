package org.chatroom.room.internal;

/**
 * One room event, encoded once per protocol variant, whatever the number of members.
 *
 * @param original bytes for original-protocol members, or {@code null} when they are not told
 * @param extended bytes (a whole line) for extended-protocol members
 */
record Delivery(byte[] original, byte[] extended) {

    byte[] forVariant(boolean extendedMember) {
        return extendedMember ? extended : original;
    }
}
