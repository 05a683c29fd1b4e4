package org.chatroom.ui.internal.rooms;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;

/** Chat > Search Room History... (Ctrl+F): opens the search of the room shown. */
public final class SearchRoomHandler {

    @Execute
    public void execute(IEventBroker broker) {
        broker.send(RoomRequests.TOPIC, "/search");
    }
}
