package org.chatroom.log.sqlite.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.chatroom.api.log.LogUsage;
import org.chatroom.api.log.Retention;
import org.chatroom.api.log.RoomEventListener;
import org.chatroom.api.log.RoomLog;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.api.log.RoomStream;
import org.chatroom.log.sqlite.internal.store.LogStore;
import org.chatroom.log.sqlite.internal.store.Problems;
import org.chatroom.log.sqlite.internal.store.StoreException;
import org.chatroom.log.sqlite.internal.store.StoreSettings;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The durable room log ({@code chat.roomlog=sqlite}): one SQLite database in WAL mode with {@code synchronous=FULL}
 * in the configured folder (by default the run's instance area, see {@link HistoryFolder}), written by one thread with group commit. When the
 * history cannot be used (damaged file, another process has it, unwritable folder) the component does not activate
 * and logs why at ERROR, so that no room runs without its history. A delayed component: the database and SQLite's
 * native library are opened when a room run takes the log, not at the framework's start (the desktop hosts no room
 * until asked, and opening them before its window cost it about 10 % of its start CPU, README "Desktop performance");
 * released with the last run that used it.
 */
@Component(configurationPid = SqliteRoomLog.PID, service = RoomLog.class,
        property = RoomLog.TYPE + "=" + SqliteRoomLog.TYPE)
@Designate(ocd = SqliteLogConfig.class)
public final class SqliteRoomLog implements RoomLog {

    public static final String PID = "org.chatroom.log.sqlite";
    public static final String TYPE = "sqlite";
    /** The folder under the bundle's data area used when the configuration names none and there is no instance area. */
    public static final String DATA_FOLDER = "roomlog";

    private final LogStore store;
    private final Logger logger;

    @Activate
    public SqliteRoomLog(SqliteLogConfig config, BundleContext context,
            @Reference(name = "logger", service = LoggerFactory.class) Logger logger) throws StoreException {
        this.logger = logger;
        try {
            store = LogStore.open(settings(config, context), new LoggedProblems(logger));
        } catch (StoreException e) {
            logger.error(e.getMessage(), e);
            throw e;
        }
        logger.info("room history in {} ({})", store.file(), config.sync_each_commit() ? "each commit synced to disk"
                : "commits synced to disk at checkpoints: sync.each.commit=false");
    }

    static StoreSettings settings(SqliteLogConfig config, BundleContext context) {
        Path folder = HistoryFolder.of(config, context);
        Retention retention = new Retention(config.retention_max_events(),
                Duration.ofDays(config.retention_max_age_days()));
        return new StoreSettings(folder, config.batch_max_events(), config.queue_limit(), config.trim_per_batch(),
                retention, config.read_connections(), config.full_check_at_start(),
                (long) config.wal_limit_mb() << 20, config.words_per_round(), config.words_delay_ms(),
                config.sync_each_commit());
    }

    @Deactivate
    void deactivate() {
        store.close();
        logger.info("room history closed: {}", store.file());
    }

    /** How commits reach the disk, as SQLite reports it: {@code FULL} or {@code NORMAL} ({@link LogStore#synchronous}). */
    public String synchronous() throws RoomLogException {
        return store.synchronous();
    }

    @Override
    public RoomStream open(String room, RoomEventListener listener) throws RoomLogException {
        return store.open(room, listener);
    }

    @Override
    public Set<String> rooms() throws RoomLogException {
        return store.rooms();
    }

    @Override
    public LogUsage usage() throws RoomLogException {
        return store.usage();
    }

    /** Failures after the start, to the log. */
    private record LoggedProblems(Logger logger) implements Problems {

        @Override
        public void batchFailed(int events, Exception cause) {
            logger.error("the room history could not write {} events: they were not delivered", events, cause);
        }

        @Override
        public void listenerFailed(String room, RuntimeException cause) {
            logger.error("the listener of room {} failed on a committed event", room, cause);
        }

        @Override
        public void checkpointFailed(Exception cause) {
            logger.warn("could not copy the history's WAL into the database; will try again", cause);
        }
    }
}
