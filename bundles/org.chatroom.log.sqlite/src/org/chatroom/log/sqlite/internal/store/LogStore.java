package org.chatroom.log.sqlite.internal.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.chatroom.api.log.LogUsage;
import org.chatroom.api.log.RoomEventListener;
import org.chatroom.api.log.RoomLog;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.api.log.RoomStream;

/**
 * The room log in one SQLite file, {@value #FILE}, in a folder this store locks for itself. Plain Java, so that the
 * component, the benchmark and the crash test's child process run the same code.
 */
public final class LogStore implements RoomLog, AutoCloseable {

    /** The database file in the folder (with its {@code -wal} and {@code -shm} files beside it). */
    public static final String FILE = "roomlog.db";
    /** The names of {@code PRAGMA synchronous}'s values. */
    private static final String[] SYNCHRONOUS = { "OFF", "NORMAL", "FULL", "EXTRA" };
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path file;
    private final FolderLock lock;
    private final Connection connection;
    private final Readers readers;
    private final Writer writer;
    private final Checkpointer checkpointer;
    private final Map<String, RoomState> rooms = new ConcurrentHashMap<>();

    private LogStore(Path file, FolderLock lock, Connection connection, StoreSettings settings, Problems problems)
            throws SQLException {
        this.file = file;
        this.lock = lock;
        this.connection = connection;
        this.readers = new Readers(file, settings.readConnections());
        this.writer = new Writer(connection, settings, rooms::values, problems);
        this.checkpointer = new Checkpointer(file, problems);
    }

    /**
     * Opens (or creates) the history in {@code settings.folder()}.
     *
     * @throws StoreException naming the file and why, when the folder cannot be written, another process has the
     *                        history open, or the file is damaged or not a history
     */
    public static LogStore open(StoreSettings settings, Problems problems) throws StoreException {
        Path folder = settings.folder().toAbsolutePath();
        Path file = folder.resolve(FILE);
        try {
            Files.createDirectories(folder);
        } catch (IOException | SecurityException e) {
            throw StoreException.atStart(file, Texts.get("start.folder", e), e);
        }
        FolderLock lock = FolderLock.acquire(folder, file);
        Connection connection = null;
        try {
            connection = Database.openWriter(file, settings.fullCheck(), settings.syncEachCommit());
            return new LogStore(file, lock, connection, settings, problems);
        } catch (SQLException e) {
            Database.closeQuietly(connection);
            lock.close();
            throw StoreException.atStart(file, Database.reason(e), e);
        } catch (StoreException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /**
     * How the writer's commits reach the disk, as SQLite reports it: {@code FULL} (each commit synced) or
     * {@code NORMAL} (synced at checkpoints), {@link StoreSettings#syncEachCommit}.
     */
    public String synchronous() throws RoomLogException {
        return writer.call(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet mode = statement.executeQuery("PRAGMA synchronous")) {
                return SYNCHRONOUS[mode.getInt(1)];
            }
        });
    }

    @Override
    public RoomStream open(String room, RoomEventListener listener) throws RoomLogException {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(listener, "listener");
        RoomState state = rooms.get(room);
        if (state == null) {
            RoomState loaded = writer.call(c -> RoomTable.loadOrCreate(c, room));
            state = Objects.requireNonNullElse(rooms.putIfAbsent(room, loaded), loaded);
        }
        if (!state.open(listener)) {
            throw new IllegalStateException("room " + room + " is already open in this process");
        }
        return new SqliteRoomStream(state, this);
    }

    @Override
    public Set<String> rooms() throws RoomLogException {
        return readers.read(RoomTable::names);
    }

    @Override
    public LogUsage usage() throws RoomLogException {
        Map<String, Long> events = readers.read(RoomTable::eventCounts);
        long bytes = 0;
        for (Path part : List.of(file, Path.of(file + "-wal"), Path.of(file + "-shm"))) {
            try {
                bytes += Files.size(part);
            } catch (IOException e) {
                // no WAL between checkpoints, or no shared memory file yet
            }
        }
        return new LogUsage(file.toString(), bytes, events);
    }

    /** Appends waiting for the writer. */
    public int waiting() {
        return writer.waiting();
    }

    Writer writer() {
        return writer;
    }

    Readers readers() {
        return readers;
    }

    void forget(RoomState room) {
        rooms.remove(room.name, room);
    }

    /** Writes what was appended, then closes the database and releases the folder. */
    @Override
    public void close() {
        try {
            writer.stop(STOP_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        checkpointer.close();
        readers.close();
        Database.closeQuietly(connection);
        lock.close();
    }
}
