package org.chatroom.ui.internal.bridge;

/** A room the user asked to join refused for its password: none was given, or {@code wrong} one. */
public record RoomPasswordRefusal(String room, boolean wrong) {
}
