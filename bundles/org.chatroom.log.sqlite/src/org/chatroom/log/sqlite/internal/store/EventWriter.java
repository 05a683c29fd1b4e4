package org.chatroom.log.sqlite.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import org.chatroom.api.log.RoomEvent;

/** Inserts events and keeps each room's newest number (their words are indexed in rounds: {@link WordIndex}). Writer thread only. */
final class EventWriter {

    private static final long NANOS = 1_000_000_000L;

    private final PreparedStatement insertEvent;
    private final PreparedStatement updateLast;
    private long nextId;

    EventWriter(Connection connection) throws SQLException {
        insertEvent = connection.prepareStatement(
                "INSERT INTO events(id, room, seq, time_ns, kind, name, text, removed_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        updateLast = connection.prepareStatement("UPDATE rooms SET last_seq = ? WHERE id = ?");
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT coalesce(max(id), 0) FROM events")) {
            nextId = row.next() ? row.getLong(1) + 1 : 1;
        }
    }

    /** Writes {@code append} as its room's next event. */
    RoomEvent insert(Work.Append append) throws SQLException {
        RoomState room = append.room();
        long seq = room.written + 1;
        long id = nextId;
        insertEvent.setLong(1, id);
        insertEvent.setLong(2, room.id);
        insertEvent.setLong(3, seq);
        insertEvent.setLong(4, append.timeNs());
        insertEvent.setString(5, append.draft().kind().name());
        insertEvent.setString(6, append.draft().name());
        insertEvent.setString(7, append.draft().text());
        insertEvent.setString(8, append.draft().by());
        insertEvent.executeUpdate();
        nextId = id + 1;
        room.written = seq;
        return append.draft().committed(room.name, seq);
    }

    /** The id of the newest event written (0 when none). */
    long lastId() {
        return nextId - 1;
    }

    void lastSequence(RoomState room) throws SQLException {
        updateLast.setLong(1, room.written);
        updateLast.setLong(2, room.id);
        updateLast.executeUpdate();
    }

    /** @throws IllegalArgumentException for a time the log cannot store (beyond the years 1678 to 2262) */
    static long nanos(Instant time) {
        try {
            return Math.addExact(Math.multiplyExact(time.getEpochSecond(), NANOS), time.getNano());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("the room log cannot store the time " + time, e);
        }
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS), Math.floorMod(nanos, NANOS));
    }
}
