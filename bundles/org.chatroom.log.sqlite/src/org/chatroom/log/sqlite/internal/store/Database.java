package org.chatroom.log.sqlite.internal.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Opens connections to the database file: one writer (WAL journal, {@code synchronous=FULL} by default: a commit is
 * on disk when it returns; {@code NORMAL} when each commit need not be synced, {@link StoreSettings#syncEachCommit})
 * and readers, which see only committed transactions and never wait for the writer.
 */
final class Database {

    private static final int BUSY_TIMEOUT_MS = 5_000;

    private Database() {
    }

    /**
     * The writer, after checking that the file is a room history this version reads, that it can be written, and
     * creating the tables when new.
     *
     * @throws StoreException naming the file and the reason when any of that fails
     */
    static Connection openWriter(Path file, boolean fullCheck, boolean syncEachCommit) throws StoreException {
        Connection connection = null;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(syncEachCommit ? SQLiteConfig.SynchronousMode.FULL
                    : SQLiteConfig.SynchronousMode.NORMAL);
            config.setBusyTimeout(0);
            // the writer numbers the events itself: without this the driver follows every INSERT (two per message,
            // the event and its words) with a regex check, a new statement and "SELECT last_insert_rowid()"
            config.setGetGeneratedKeys(false);
            connection = config.createConnection(url(file));
            prepare(connection, file, fullCheck);
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw StoreException.atStart(file, reason(e), e);
        } catch (StoreException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** A connection for reads ({@code readOnly}) or for checkpoints (which write the database file). */
    static Connection openReader(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setReadOnly(readOnly);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        return config.createConnection(url(file));
    }

    private static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    private static void prepare(Connection connection, Path file, boolean fullCheck)
            throws SQLException, StoreException {
        try (Statement statement = connection.createStatement()) {
            int version = intOf(statement, "PRAGMA user_version");
            if (version > Schema.VERSION) {
                throw StoreException.atStart(file, Texts.get("start.newer", version, Schema.VERSION), null);
            }
            String mode = stringOf(statement, "PRAGMA journal_mode");
            if (!"wal".equalsIgnoreCase(mode)) {
                throw StoreException.atStart(file, Texts.get("start.readonly", "journal mode " + mode), null);
            }
            statement.execute("PRAGMA wal_autocheckpoint = 0"); // the Checkpointer's thread does them
            // a real write, so that a file or folder that cannot be written is refused now, not at the first message
            statement.execute("BEGIN IMMEDIATE");
            if (version == 1) {
                for (String sql : Schema.FROM_1) {
                    statement.execute(sql);
                }
            }
            for (String sql : Schema.CREATE) {
                statement.execute(sql);
            }
            statement.execute("PRAGMA user_version = " + Schema.VERSION);
            statement.execute("COMMIT");
            // the newest pages of each table: a truncated or overwritten end of the file shows here
            stringOf(statement, "SELECT max(id) FROM events");
            stringOf(statement, "SELECT count(*) FROM rooms");
            stringOf(statement, "SELECT max(rowid) FROM words");
            String check = fullCheck ? stringOf(statement, "PRAGMA quick_check(1)") : "ok";
            if (!"ok".equalsIgnoreCase(check)) {
                throw StoreException.atStart(file, Texts.get("start.damaged", check), null);
            }
        }
    }

    private static int intOf(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            return row.next() ? row.getInt(1) : 0;
        }
    }

    private static String stringOf(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            return row.next() ? row.getString(1) : "";
        }
    }

    /** Why SQLite refused, in words for the person starting the server. */
    static String reason(SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException sqlite ? sqlite.getResultCode() : null;
        int primary = code == null ? -1 : code.code & 0xff;
        if (primary == SQLiteErrorCode.SQLITE_NOTADB.code || primary == SQLiteErrorCode.SQLITE_CORRUPT.code
                || code == SQLiteErrorCode.SQLITE_IOERR_SHORT_READ) {
            return Texts.get("start.damaged", e.getMessage());
        }
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return Texts.get("start.locked");
        }
        if (primary == SQLiteErrorCode.SQLITE_READONLY.code || primary == SQLiteErrorCode.SQLITE_CANTOPEN.code
                || primary == SQLiteErrorCode.SQLITE_PERM.code || primary == SQLiteErrorCode.SQLITE_IOERR.code
                || primary == SQLiteErrorCode.SQLITE_FULL.code) {
            return Texts.get("start.readonly", e.getMessage());
        }
        return Texts.get("unavailable", e.getMessage());
    }

    static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception e) {
                // closing after a failure: the first failure is the one reported
            }
        }
    }
}
