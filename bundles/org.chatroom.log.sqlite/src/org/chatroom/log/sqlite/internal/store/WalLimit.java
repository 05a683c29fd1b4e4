package org.chatroom.log.sqlite.internal.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Keeps the write-ahead log within {@link StoreSettings#walLimitBytes()}. The {@link Checkpointer} copies the WAL into
 * the database in the background, but SQLite only starts the WAL over when a transaction begins while everything is
 * copied, which under constant writing never happens: the WAL grew by the size of everything written (44 MB for
 * 100,000 messages into a room that keeps 10,000). So the writer, between two transactions, checks the WAL's size
 * and when it is above the limit runs a {@code TRUNCATE} checkpoint itself: it copies what is left (little, the
 * background copied most) and empties the file. A reader that still uses the WAL makes it give up at once (the writer
 * never waits); it tries again after a later transaction. Writer thread only.
 */
final class WalLimit {

    private final Connection connection;
    private final Path wal;
    private final long limit;
    private final Problems problems;

    WalLimit(Connection connection, Path database, long limit, Problems problems) {
        this.connection = connection;
        this.wal = database.resolveSibling(database.getFileName() + "-wal");
        this.limit = limit;
        this.problems = problems;
    }

    /** After a commit: empties the WAL when it is above the limit (a look at its size costs one {@code stat}). */
    void committed() {
        if (size() <= limit) {
            return;
        }
        try {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                result.next(); // busy, WAL frames, frames copied: a busy checkpoint is retried after a later commit
            } finally {
                connection.setAutoCommit(false);
            }
        } catch (SQLException e) {
            problems.checkpointFailed(e);
        }
    }

    private long size() {
        try {
            return Files.size(wal);
        } catch (IOException e) {
            return 0;
        }
    }
}
