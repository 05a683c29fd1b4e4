package org.chatroom.log.sqlite.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.chatroom.api.log.RoomLog;
import org.chatroom.api.log.RoomStream;
import org.chatroom.log.sqlite.internal.SqliteLogConfig;
import org.chatroom.log.sqlite.internal.SqliteRoomLog;
import org.chatroom.log.sqlite.internal.store.LogStore;
import org.chatroom.testing.ConfigurationMetatype;
import org.chatroom.testing.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The backend as the room gets it: a Declarative Services component registering {@link RoomLog} with
 * {@code chat.roomlog=sqlite}, configured through Configuration Admin (PID {@value SqliteRoomLog#PID}) and
 * described by the Metatype Service. A history it cannot use means no service and an ERROR naming the file.
 */
class SqliteRoomLogComponentTest {

    @TempDir
    Path folder;
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final LogListener listener = this::record;
    private LogReaderService logReader;
    private Configuration configuration;
    private ServiceTracker<RoomLog, RoomLog> logs;

    private void record(LogEntry entry) {
        if (entry.getLogLevel() == LogLevel.ERROR) {
            errors.add(entry.getMessage());
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        logReader = Services.get(LogReaderService.class, "");
        logReader.addLogListener(listener);
        configuration = Services.get(ConfigurationAdmin.class, "").getConfiguration(SqliteRoomLog.PID, "?");
        logs = Services.track(RoomLog.class, "(" + RoomLog.TYPE + "=sqlite)");
    }

    @AfterEach
    void tearDown() throws Exception {
        boolean configured = configuration.getProperties() != null;
        RoomLog ours = logs.getService();
        configuration.delete();
        if (configured && ours != null) {
            // the deletion applied: the next test starts from the defaults' component, not from this test's one that
            // Declarative Services was about to replace (that test then waited for a replacement that had happened)
            Services.awaitOther(logs, ours);
        } else {
            Services.awaitOther(logs, null);
        }
        logs.close();
        logReader.removeLogListener(listener);
    }

    @Test
    void theConfiguredFolderHoldsTheHistory() throws Exception {
        RoomLog before = Services.awaitOther(logs, null);
        configure(folder.resolve("history"));
        RoomLog log = Services.awaitOther(logs, before);
        Recorder heard = new Recorder();
        try (RoomStream room = log.open("component", heard)) {
            room.append(Stores.message("ada", "through DS"));
            assertEquals("through DS", heard.await(1).get(0).text());
        }
        assertTrue(Files.size(folder.resolve("history").resolve(LogStore.FILE)) > 0);
        assertEquals(Set.of("component"), log.rooms());
    }

    @Test
    void eachCommitIsSyncedToTheDiskUnlessTheConfigurationSaysOtherwise() throws Exception {
        RoomLog before = Services.awaitOther(logs, null);
        configure(folder.resolve("synced"));
        RoomLog synced = Services.awaitOther(logs, before);
        assertEquals("FULL", ((SqliteRoomLog) synced).synchronous());

        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("folder", folder.resolve("unsynced").toString());
        properties.put("sync.each.commit", "false"); // as chatroom-server --history FILE gives it: text
        configuration.update(properties);
        RoomLog unsynced = Services.awaitOther(logs, synced);
        assertEquals("NORMAL", ((SqliteRoomLog) unsynced).synchronous());
        Recorder heard = new Recorder();
        try (RoomStream room = unsynced.open("unsynced", heard)) {
            room.append(Stores.message("ada", "committed, synced at a checkpoint"));
            assertEquals("committed, synced at a checkpoint", heard.await(1).get(0).text());
        }
    }

    @Test
    void aDamagedHistoryMeansNoServiceAndAnErrorNamingTheFile() throws Exception {
        Path file = folder.resolve(LogStore.FILE);
        Files.writeString(file, "not a database\n".repeat(500), StandardCharsets.UTF_8);
        RoomLog before = Services.awaitOther(logs, null);
        configure(folder);
        Stores.await("an ERROR naming " + file, () -> errors.stream().anyMatch(e -> e.contains(file.toString())
                && e.contains("damaged")));
        Stores.await("the old service gone", () -> logs.getService() != before);
        assertNull(logs.getService(), "no room log runs without its history");
    }

    @Test
    void metatypeOfThePidMatchesTheConfiguration() throws Exception {
        assertEquals(List.of(), ConfigurationMetatype.differences(SqliteLogConfig.class, SqliteRoomLog.PID, Set.of()));
    }

    private void configure(Path history) throws Exception {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("folder", history.toString());
        configuration.update(properties);
    }
}
