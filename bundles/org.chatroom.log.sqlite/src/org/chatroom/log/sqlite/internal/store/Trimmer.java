package org.chatroom.log.sqlite.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.chatroom.api.log.Retention;

/**
 * Deletes what retention no longer keeps, oldest first, per transaction at most {@code perBatch} events of a room more
 * than the transaction appended to it: a large trim never holds up the messages of a batch for long, and a room
 * written faster than {@code perBatch} a batch still never keeps more than its retention (its disk use stays bounded).
 * Writer thread only.
 */
final class Trimmer {

    private final Retention defaults;
    private final int perBatch;
    private final PreparedStatement lastOld;
    private final PreparedStatement deleteWords;
    private final PreparedStatement deleteEvents;

    Trimmer(Connection connection, Retention defaults, int perBatch) throws SQLException {
        this.defaults = defaults;
        this.perBatch = perBatch;
        lastOld = connection.prepareStatement(
                "SELECT max(seq) FROM events WHERE room = ? AND seq BETWEEN ? AND ? AND time_ns < ?");
        deleteWords = connection.prepareStatement("DELETE FROM words WHERE rowid IN"
                + " (SELECT id FROM events WHERE room = ? AND seq BETWEEN ? AND ? AND " + WordIndex.SEARCHED + ")");
        deleteEvents = connection.prepareStatement("DELETE FROM events WHERE room = ? AND seq BETWEEN ? AND ?");
    }

    Retention of(RoomState room) {
        Retention own = room.retention();
        return own != null ? own : defaults;
    }

    /**
     * Deletes one bounded step of {@code room}'s expired events (the newest is always kept).
     *
     * @param appended events this transaction appended to {@code room}
     * @return whether more remain to delete
     */
    boolean trim(RoomState room, long nowNs, int appended) throws SQLException {
        Retention retention = of(room);
        long first = room.writtenFirst;
        long last = room.written;
        if (last <= first || retention.equals(Retention.UNLIMITED)) {
            return false;
        }
        long limit = Math.min(first + perBatch + appended - 1, last - 1);
        long keepFrom = first;
        if (retention.maxEvents() > 0) {
            keepFrom = Math.max(keepFrom, last - retention.maxEvents() + 1);
        }
        boolean byAge = !retention.maxAge().isZero();
        if (byAge && keepFrom <= limit) {
            long cutoff = nowNs - Math.min(retention.maxAge().toNanos(), nowNs);
            keepFrom = Math.max(keepFrom, lastOlderThan(room, keepFrom, limit, cutoff) + 1);
        }
        long upTo = Math.min(keepFrom - 1, limit);
        if (upTo < first) {
            return false;
        }
        for (PreparedStatement delete : new PreparedStatement[] {deleteWords, deleteEvents}) {
            delete.setLong(1, room.id);
            delete.setLong(2, first);
            delete.setLong(3, upTo);
            delete.executeUpdate();
        }
        room.writtenFirst = upTo + 1;
        return upTo < keepFrom - 1 || (byAge && upTo == limit && upTo < last - 1);
    }

    /** The newest event in {@code [from, to]} older than {@code cutoffNs}, {@code from - 1} when none is. */
    private long lastOlderThan(RoomState room, long from, long to, long cutoffNs) throws SQLException {
        lastOld.setLong(1, room.id);
        lastOld.setLong(2, from);
        lastOld.setLong(3, to);
        lastOld.setLong(4, cutoffNs);
        try (ResultSet row = lastOld.executeQuery()) {
            long found = row.next() ? row.getLong(1) : 0;
            return row.wasNull() || found == 0 ? from - 1 : found;
        }
    }
}
