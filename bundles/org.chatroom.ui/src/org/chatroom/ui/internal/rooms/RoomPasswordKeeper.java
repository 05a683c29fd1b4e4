package org.chatroom.ui.internal.rooms;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.chatroom.ui.internal.prefs.RoomPasswords;
import org.chatroom.ui.internal.views.TypedLine;

/**
 * Keeps the password a room was joined or created with ({@code /join ROOM PASSWORD}, {@code /create ROOM PASSWORD},
 * the Room Password and Create Room dialogs) once the client is in that room, for the next start
 * ({@link RoomPasswords}); and which kept passwords were tried on this connection, so that a refused one is asked for
 * instead of tried again. On the UI thread only.
 */
final class RoomPasswordKeeper {

    private record Given(String server, String room, String password) {
    }

    private String server = "";
    /** Passwords sent with a join or create, by room key, until the client is in the room or it refused. */
    private final Map<String, Given> given = new HashMap<>();
    /** Rooms whose password the user chose not to keep, until the line that gives it is sent. */
    private final Set<String> unkept = new HashSet<>();
    /** Rooms joined with their kept password on this connection and not in yet. */
    private final Set<String> tried = new HashSet<>();

    /** The client is about to join the server called {@code key} ({@code host_port}). */
    void server(String key) {
        server = key;
        given.clear();
        unkept.clear();
        tried.clear();
    }

    /** The user is sending {@code line} while the client is in {@code in}. */
    void sending(String line, Collection<String> in) {
        TypedLine typed = TypedLine.of(line);
        if (!typed.is("/join", "/create") || typed.arguments().size() < 2) {
            return;
        }
        String rest = typed.rest().strip();
        int gap = rest.indexOf(' ');
        String room = rest.substring(0, gap);
        if (unkept.remove(key(room)) || room.contains(",") || in.stream().anyMatch(r -> key(r).equals(key(room)))) {
            return; // not to keep; several rooms; or in it already (the room refuses the join)
        }
        given.put(key(room), new Given(server, room, rest.substring(gap + 1)));
    }

    /** The password of {@code room}'s next join from a dialog is not to be kept. */
    void unkept(String room) {
        unkept.add(key(room));
    }

    /** The client is in {@code rooms}: the passwords they were joined with are kept. */
    void in(Collection<String> rooms) {
        for (String room : rooms) {
            tried.remove(key(room));
            Given joined = given.remove(key(room));
            if (joined != null) {
                RoomPasswords.keep(joined.server(), key(room), joined.password());
            }
        }
    }

    /** @return the kept password to join {@code room} with now; empty when none is kept or it was tried already */
    String toTry(String room) {
        String kept = RoomPasswords.of(server, key(room));
        return kept.isEmpty() || !tried.add(key(room)) ? "" : kept;
    }

    /**
     * {@code room} refused a password: the one the user gave now is not kept; the kept one is forgotten when it was
     * the one refused: tried here, or (no password given on this connection) the one the client joined with before a
     * drop, which is what the user gave then.
     *
     * @return whether it was the kept password
     */
    boolean refused(String room) {
        boolean typed = given.remove(key(room)) != null;
        boolean kept = tried.remove(key(room)) || !typed && !RoomPasswords.of(server, key(room)).isEmpty();
        if (kept) {
            RoomPasswords.keep(server, key(room), "");
        }
        return kept;
    }

    private static String key(String room) {
        return RoomTabs.key(room);
    }
}
