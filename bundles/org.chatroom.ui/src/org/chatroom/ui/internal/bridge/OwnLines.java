package org.chatroom.ui.internal.bridge;

import java.util.List;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;

/** Tells whether what the client reports holds a line this user sent (a message, an action or a private message). */
public final class OwnLines {

    private OwnLines() {
    }

    /** @param me the client's nickname, empty while it has none */
    public static boolean any(List<ChatEvent> events, String me) {
        if (me == null || me.isEmpty()) {
            return false;
        }
        for (ChatEvent event : events) {
            if (me.equals(event.from()) && !event.history()
                    && (event.kind() == Kind.MESSAGE || event.kind() == Kind.ACTION || event.kind() == Kind.PRIVATE)) {
                return true;
            }
        }
        return false;
    }
}
