package org.chatroom.ui.internal.rooms;

/** Chat > Create Room...: creates a room ({@code /create}), which joins it in a tab of its own. */
public final class CreateRoomHandler extends RoomNameHandler {

    public CreateRoomHandler() {
        super(RoomTexts.createTitle, RoomTexts.createPrompt, "/create");
    }
}
