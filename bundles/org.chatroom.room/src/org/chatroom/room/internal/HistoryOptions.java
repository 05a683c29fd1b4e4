package org.chatroom.room.internal;

import java.time.Duration;
import java.util.Map;

import org.chatroom.api.log.Retention;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.api.log.RoomStream;

/**
 * A room's own history options, kept with its settings in the room log so that they outlive restarts: its retention
 * (else the server's default) and how many last events original-protocol clients get after the welcome (else the
 * server's default). Used under the lobby's lock.
 */
final class HistoryOptions {

    static final String RETENTION_EVENTS = "retention.events";
    static final String RETENTION_AGE = "retention.age";
    static final String ORIGINAL_HISTORY = "original.history";

    private Retention retention; // null: the server's default
    private int originalLines = -1; // -1: the server's default

    /** Reads the options from the settings the log kept; a damaged value counts as not set. */
    void load(Map<String, String> settings) {
        try {
            String events = settings.get(RETENTION_EVENTS);
            String age = settings.get(RETENTION_AGE);
            retention = events == null || age == null ? null : new Retention(Long.parseLong(events), Duration.parse(age));
        } catch (RuntimeException e) {
            retention = null;
        }
        try {
            originalLines = Integer.parseInt(settings.getOrDefault(ORIGINAL_HISTORY, "-1"));
        } catch (NumberFormatException e) {
            originalLines = -1;
        }
    }

    Retention retention(Retention defaults) {
        return retention == null ? defaults : retention;
    }

    /** Keeps {@code own} ({@code null}: back to {@code defaults}) and applies it to the stream. */
    void retention(RoomStream stream, Retention own, Retention defaults) throws RoomLogException {
        stream.setting(RETENTION_EVENTS, own == null ? null : Long.toString(own.maxEvents()));
        stream.setting(RETENTION_AGE, own == null ? null : own.maxAge().toString());
        retention = own;
        stream.retention(retention(defaults));
    }

    int originalLines(int defaults) {
        return originalLines < 0 ? defaults : originalLines;
    }

    /** Keeps {@code lines} ({@code -1}: back to the default). */
    void originalLines(RoomStream stream, int lines) throws RoomLogException {
        stream.setting(ORIGINAL_HISTORY, lines < 0 ? null : Integer.toString(lines));
        originalLines = lines;
    }
}
