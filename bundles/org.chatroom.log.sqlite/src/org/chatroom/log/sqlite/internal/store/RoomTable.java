package org.chatroom.log.sqlite.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.chatroom.api.log.Retention;

/** The writes and reads of the {@code rooms} and {@code settings} tables. */
final class RoomTable {

    private RoomTable() {
    }

    /** The room {@code name}, created when new. Writer thread. */
    static RoomState loadOrCreate(Connection connection, String name) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO rooms(name) VALUES (?) ON CONFLICT(name) DO NOTHING")) {
            insert.setString(1, name);
            insert.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, last_seq, max_events, max_age_ms, (SELECT min(seq) FROM events WHERE room = rooms.id)"
                        + " FROM rooms WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                long id = row.getLong(1);
                long last = row.getLong(2);
                long maxEvents = row.getLong(3);
                boolean own = !row.wasNull();
                long maxAgeMs = row.getLong(4);
                long first = row.getLong(5);
                if (row.wasNull()) {
                    first = last + 1;
                }
                Retention retention = own ? new Retention(maxEvents, Duration.ofMillis(maxAgeMs)) : null;
                return new RoomState(name, id, last, first, retention);
            }
        }
    }

    static Void retention(Connection connection, RoomState room, Retention retention) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE rooms SET max_events = ?, max_age_ms = ? WHERE id = ?")) {
            update.setLong(1, retention.maxEvents());
            update.setLong(2, retention.maxAge().toMillis());
            update.setLong(3, room.id);
            update.executeUpdate();
        }
        return null;
    }

    static Void setting(Connection connection, RoomState room, String key, String value) throws SQLException {
        String sql = value == null ? "DELETE FROM settings WHERE room = ? AND key = ?"
                : "INSERT INTO settings(room, key, value) VALUES (?, ?, ?)"
                        + " ON CONFLICT(room, key) DO UPDATE SET value = excluded.value";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, room.id);
            statement.setString(2, key);
            if (value != null) {
                statement.setString(3, value);
            }
            statement.executeUpdate();
        }
        return null;
    }

    static Void delete(Connection connection, RoomState room) throws SQLException {
        for (String sql : new String[] {
            "DELETE FROM words WHERE rowid IN (SELECT id FROM events WHERE room = ? AND " + WordIndex.SEARCHED + ")",
            "DELETE FROM events WHERE room = ?", "DELETE FROM settings WHERE room = ?",
            "DELETE FROM rooms WHERE id = ?"}) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, room.id);
                statement.executeUpdate();
            }
        }
        return null;
    }

    static Set<String> names(Connection connection) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT name FROM rooms");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    /** Events kept per room: its numbers have no gap from the oldest kept to the newest. */
    static Map<String, Long> eventCounts(Connection connection) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT name, last_seq -"
                + " coalesce((SELECT min(seq) FROM events WHERE room = rooms.id), last_seq + 1) + 1 FROM rooms"
                + " ORDER BY name");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }
}
