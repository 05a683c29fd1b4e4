package org.chatroom.room.internal;

import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.log.RoomLogException;
import org.osgi.service.log.Logger;

/**
 * The room option that gives an original-protocol client the room's last events after the welcome, as the plain
 * lines it would have received live (its protocol has no way to mark them as history, hence off by default). Runs
 * under the lobby's lock right after the member took its seat, so the lines end exactly where its live stream begins:
 * they are the events up to the last one delivered before the member's own join was appended (a log that commits at
 * once has delivered that join already; the member gets it neither here nor live).
 */
final class OriginalHistory {

    private OriginalHistory() {
    }

    /**
     * Sends the room's last events up to {@code seen} to {@code member}, as many as the room's option says (at most a
     * history page).
     */
    static void send(Session member, ChatRoom room, long seen, RoomPolicy policy, Logger logger) {
        int lines = Math.min(room.history().originalLines(policy.originalHistory()), policy.maxHistoryPage());
        if (lines <= 0 || seen == 0) {
            return;
        }
        try {
            for (RoomEvent event : room.stream().before(seen + 1, lines)) {
                member.send(EventEncoder.original(event));
            }
        } catch (RoomLogException e) {
            logger.warn("no history for {} in {}: {}", member.name(), room.name(), e.getMessage());
        }
    }
}
