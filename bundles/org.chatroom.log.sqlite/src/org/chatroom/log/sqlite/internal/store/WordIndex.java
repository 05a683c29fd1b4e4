package org.chatroom.log.sqlite.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.log.EventKind;

/**
 * The full-text index ({@code words}) of the messages and actions in {@code events}, written in rounds instead of with
 * each event: every message up to {@link #indexed} is in the index, the newer ones are added in one statement once
 * {@code maxPending} wait or the oldest has waited {@code delayNanos}, and before every search ({@link #behind}).
 * FTS5 writes a new segment (and merges older ones) in every transaction that touches the index, which at a few
 * events per commit cost about as much CPU as the events themselves. An event is durable with its commit whether its
 * words are indexed or not: the index is derived from {@code events}, and at start the messages a killed run had not
 * indexed yet are indexed in the first round. Writer thread only, except {@link #behind()}.
 */
final class WordIndex {

    private final PreparedStatement catchUp;
    private final int maxPending;
    /** The events whose words are indexed, as SQL: what members said ({@link EventKind#said()}). */
    static final String SEARCHED = "kind IN ('MESSAGE', 'ACTION', 'NOTICE')";

    private final long delayNanos;
    /** Every message with an id up to this one is in the committed index. */
    private long indexed;
    /** The id the open transaction indexed up to, or -1 when it indexed nothing. */
    private long indexing = -1;
    private int pending;
    private long pendingSince;
    private volatile boolean behind;

    WordIndex(Connection connection, int maxPending, long delayMillis) throws SQLException {
        this.catchUp = connection.prepareStatement("INSERT INTO words(rowid, text) SELECT id, text FROM events"
                + " WHERE id > ? AND " + SEARCHED + " ORDER BY id");
        this.maxPending = maxPending;
        this.delayNanos = TimeUnit.MILLISECONDS.toNanos(delayMillis);
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT coalesce(max(rowid), 0) FROM words")) {
            indexed = row.next() ? row.getLong(1) : 0;
        }
        // messages a killed run committed after its last round: indexed in the first round of this one
        waiting(System.nanoTime());
    }

    /** An event of {@code kind} was written. */
    void appended(EventKind kind, long nowNanos) {
        if (kind.said()) {
            waiting(nowNanos);
        }
    }

    private void waiting(long nowNanos) {
        if (pending++ == 0) {
            pendingSince = nowNanos;
        }
        behind = true;
    }

    /** Whether messages wait to be indexed; any thread. */
    boolean behind() {
        return behind;
    }

    /** Whether the next transaction should index what waits. */
    boolean due(long nowNanos) {
        return pending > 0 && (pending >= maxPending || nowNanos - pendingSince >= delayNanos);
    }

    /** Milliseconds until {@link #due} holds without more appends; {@code Long.MAX_VALUE} when nothing waits. */
    long millisUntilDue(long nowNanos) {
        if (pending == 0) {
            return Long.MAX_VALUE;
        }
        return Math.max(0, TimeUnit.NANOSECONDS.toMillis(delayNanos - (nowNanos - pendingSince)) + 1);
    }

    /**
     * In the open transaction: indexes every message up to {@code lastId} not indexed yet (after {@link #indexed}, or
     * after what this transaction indexed already: a search's round and the batch's own may share one).
     */
    void index(long lastId) throws SQLException {
        long from = indexing >= 0 ? indexing : indexed;
        if (pending == 0 || lastId <= from) {
            if (indexing < 0) {
                pending = 0;
                behind = false;
            }
            return;
        }
        catchUp.setLong(1, from);
        catchUp.executeUpdate();
        indexing = lastId;
    }

    /** The transaction was committed. */
    void committed() {
        if (indexing >= 0) {
            indexed = indexing;
            indexing = -1;
            pending = 0;
            behind = false;
        }
    }

    /** The transaction was rolled back: what it indexed waits again. */
    void rolledBack() {
        indexing = -1;
    }
}
