package org.chatroom.room.member;

/**
 * The limits the rooms hold every member to.
 *
 * @param maxNameLength      longest member name, in code points
 * @param maxRoomNameLength  longest room name, in code points
 * @param maxMessageBytes    longest message, action or topic text, in UTF-8 bytes
 * @param maxRoomsPerMember  rooms one member may be in
 * @param maxMembersPerRoom  members one room may hold
 * @param historyMaxPage     most events one history read returns
 * @param membersCreateRooms whether members may create rooms
 * @param defaultRoom        the default room's name
 */
public record MemberLimits(int maxNameLength, int maxRoomNameLength, int maxMessageBytes, int maxRoomsPerMember,
        int maxMembersPerRoom, int historyMaxPage, boolean membersCreateRooms, String defaultRoom) {
}
