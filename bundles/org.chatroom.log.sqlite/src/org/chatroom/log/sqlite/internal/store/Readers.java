package org.chatroom.log.sqlite.internal.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.log.RoomLogException;

/**
 * A fixed set of read connections, lent one per read. In WAL mode they read the last committed state while the
 * writer writes, so catch-up and search never wait for a commit.
 */
final class Readers implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final List<Connection> all = new ArrayList<>();
    private final BlockingQueue<Connection> idle;

    Readers(Path file, int count) throws SQLException {
        idle = new ArrayBlockingQueue<>(count);
        try {
            for (int i = 0; i < count; i++) {
                Connection connection = Database.openReader(file, true);
                all.add(connection);
                idle.add(connection);
            }
        } catch (SQLException e) {
            close();
            throw e;
        }
    }

    <T> T read(SqlWork<T> work) throws RoomLogException {
        Connection connection;
        try {
            connection = idle.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RoomLogException(Texts.get("unavailable", "interrupted"), e);
        }
        if (connection == null) {
            throw new RoomLogException(Texts.get("unavailable", "all readers busy for " + WAIT));
        }
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new RoomLogException(Texts.get("unavailable", e.getMessage()), e);
        } finally {
            idle.add(connection);
        }
    }

    @Override
    public void close() {
        all.forEach(Database::closeQuietly);
    }
}
