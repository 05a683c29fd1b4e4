package org.chatroom.room.internal;

import java.time.Instant;
import java.util.Map;

import org.chatroom.api.log.RoomLogException;
import org.chatroom.api.log.RoomStream;

/**
 * A room's identity: the moment its stream was first opened, kept in its settings. A room closed and created again,
 * or a room whose history did not outlive a restart (the memory log), starts its numbering afresh under the same name;
 * its identity tells a client resuming from an event of the room before that it is another room now
 * ({@code JOINED}'s identity, {@code ROOM_REPLACED}). Rooms kept since before identities get one the first time they
 * are opened.
 */
final class RoomIdentity {

    /** The setting: the instant the room was created, as {@link Instant#toString()}. */
    static final String CREATED = "created";
    /**
     * Marks the identity as written ({@link RoomStream#settingsAt} "as of event 1", a number that only stands for
     * "written"): the first server that writes it wins, even when several servers sharing the log open a new room at
     * once.
     */
    private static final String MARK = "created.mark";

    private RoomIdentity() {
    }

    /** @return the room's settings, with its identity: the one it had, or one written now */
    static Map<String, String> settle(RoomStream stream) throws RoomLogException {
        Map<String, String> settings = stream.settings();
        if (settings.containsKey(CREATED)) {
            return settings;
        }
        stream.settingsAt(MARK, 1, Map.of(CREATED, Instant.now().toString()));
        settings = stream.settings(); // this server's, or one written by another server first
        if (!settings.containsKey(CREATED)) {
            throw new RoomLogException("the log kept no identity for room " + stream.room());
        }
        return settings;
    }
}
