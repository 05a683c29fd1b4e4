package org.chatroom.ui.internal.prefs;

import java.util.Locale;

import org.eclipse.equinox.security.storage.EncodingUtils;

/**
 * The passwords of the rooms the desktop keeps per server ({@link KeptRooms}), in secure storage ({@link Secrets}),
 * never in the preferences: a room joined or created with a password is joined with it again at the next start
 * instead of asking. Keyed by the server as {@link KeptRooms#key} names it and the room's key (its name as the tabs
 * compare it: lower case, without an IRC channel's {@code #}).
 */
public final class RoomPasswords {

    private static final String NODE = "rooms/";

    private RoomPasswords() {
    }

    /** @return a room's key: its name as the tabs compare it, lower case, without an IRC channel's {@code #} */
    public static String roomKey(String room) {
        String name = room.startsWith("#") ? room.substring(1) : room;
        return name.toLowerCase(Locale.ROOT);
    }

    /** @return the password kept for the room keyed {@code room} on {@code server}, empty when none */
    public static String of(String server, String room) {
        return Secrets.get(path(server), room);
    }

    /** Keeps {@code password} for the room keyed {@code room} on {@code server}; an empty one forgets it. */
    public static void keep(String server, String room, String password) {
        Secrets.put(path(server), room, password);
    }

    private static String path(String server) {
        return NODE + EncodingUtils.encodeSlashes(server);
    }
}
