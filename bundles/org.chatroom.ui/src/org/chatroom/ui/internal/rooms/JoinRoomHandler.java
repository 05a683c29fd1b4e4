package org.chatroom.ui.internal.rooms;

/** Chat > Join Room... (Ctrl+J): joins a room by its name ({@code /join}); its tab opens when the room answers. */
public final class JoinRoomHandler extends RoomNameHandler {

    public JoinRoomHandler() {
        super(RoomTexts.joinTitle, RoomTexts.joinPrompt, "/join");
    }
}
