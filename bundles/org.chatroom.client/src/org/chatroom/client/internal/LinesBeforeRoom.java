package org.chatroom.client.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What the user typed after the server welcomed the client but before the client was in a room ({@code chatroom/2}):
 * the welcome makes the client connected, and the default room (or the rooms it resumes) is joined a round trip or
 * two later. A line typed in between had no room to go to and was answered "You are in no room" and lost, although
 * the input field had been cleared. Such lines are held, in order, and sent to the first room joined; at most
 * {@value #LIMIT} (the next is refused, and stays in the input field). When the server answers an error instead, or
 * the connection ends, they are told as not sent. Guarded by the session's lock.
 */
final class LinesBeforeRoom {

    static final int LIMIT = 64;

    private final List<String> lines = new ArrayList<>();
    private boolean waiting;

    /** The client asked to enter its rooms: lines typed from now on wait for the first one. */
    void start() {
        waiting = true;
    }

    /** Whether lines wait for a room now. */
    boolean waiting() {
        return waiting;
    }

    /** Whether lines wait for a room now and some are held. */
    boolean holding() {
        return waiting && !lines.isEmpty();
    }

    /** @return whether {@code line} is held (false when {@value #LIMIT} lines wait already) */
    boolean hold(String line) {
        if (lines.size() >= LIMIT) {
            return false;
        }
        lines.add(line);
        return true;
    }

    /** A room is joined: the lines held, oldest first; nothing waits any more. */
    List<String> release() {
        waiting = false;
        List<String> held = List.copyOf(lines);
        lines.clear();
        return held;
    }
}
