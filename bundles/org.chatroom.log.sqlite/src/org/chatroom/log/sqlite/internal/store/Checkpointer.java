package org.chatroom.log.sqlite.internal.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Copies the WAL into the database file from a thread and connection of its own, twice a second, so that the
 * database file's disk syncs stay out of the writer's commits (its automatic checkpoints are off). A passive
 * checkpoint never waits for the writer or the readers; what it cannot copy now it copies next time.
 */
final class Checkpointer implements AutoCloseable {

    private static final long INTERVAL_MS = 500;

    private final Connection connection;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread checkpoints = new Thread(runnable, "room log checkpoints");
        checkpoints.setDaemon(true);
        return checkpoints;
    });

    Checkpointer(Path file, Problems problems) throws SQLException {
        connection = Database.openReader(file, false);
        thread.scheduleWithFixedDelay(() -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
            } catch (SQLException e) {
                problems.checkpointFailed(e);
            }
        }, INTERVAL_MS, INTERVAL_MS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Database.closeQuietly(connection);
    }
}
