package org.chatroom.log.sqlite.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.chatroom.api.log.EventKind;
import org.chatroom.api.log.RoomEvent;

/** The reads of a room's events and settings, on a read connection. */
final class Queries {

    private static final String SELECT = "SELECT " + Schema.COLUMNS + " FROM events WHERE room = ? ";

    private Queries() {
    }

    static List<RoomEvent> after(Connection connection, RoomState room, long seq, int max) throws SQLException {
        return events(connection, room, SELECT + "AND seq > ? ORDER BY seq LIMIT ?", seq, max);
    }

    static List<RoomEvent> before(Connection connection, RoomState room, long seq, int max) throws SQLException {
        List<RoomEvent> page = events(connection, room, SELECT + "AND seq < ? ORDER BY seq DESC LIMIT ?", seq, max);
        Collections.reverse(page);
        return page;
    }

    /** Newest first; {@code match} is an FTS5 query. */
    static List<RoomEvent> search(Connection connection, RoomState room, String match, int max) throws SQLException {
        String sql = "SELECT " + Schema.COLUMNS.replaceAll("(\\w+)", "e.$1")
                + " FROM words JOIN events e ON e.id = words.rowid WHERE words MATCH ? AND e.room = ?"
                + " ORDER BY words.rowid DESC LIMIT ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, match);
            statement.setLong(2, room.id);
            statement.setInt(3, max);
            return rows(statement, room);
        }
    }

    static Map<String, String> settings(Connection connection, RoomState room) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT key, value FROM settings WHERE room = ?")) {
            statement.setLong(1, room.id);
            Map<String, String> settings = new TreeMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    settings.put(rows.getString(1), rows.getString(2));
                }
            }
            return settings;
        }
    }

    private static List<RoomEvent> events(Connection connection, RoomState room, String sql, long seq, int max)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, room.id);
            statement.setLong(2, seq);
            statement.setInt(3, max);
            return rows(statement, room);
        }
    }

    private static List<RoomEvent> rows(PreparedStatement statement, RoomState room) throws SQLException {
        List<RoomEvent> events = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                events.add(new RoomEvent(room.name, rows.getLong(1), EventWriter.instant(rows.getLong(2)),
                        EventKind.valueOf(rows.getString(3)), rows.getString(4), rows.getString(5),
                        rows.getString(6)));
            }
        }
        return events;
    }
}
