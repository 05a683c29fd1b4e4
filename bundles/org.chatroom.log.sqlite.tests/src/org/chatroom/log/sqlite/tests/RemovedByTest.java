package org.chatroom.log.sqlite.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import org.chatroom.api.log.EventDraft;
import org.chatroom.api.log.EventKind;
import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.log.RoomStream;
import org.chatroom.log.sqlite.internal.store.LogStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.JDBC;

/** A leave keeps who removed the member ({@code RoomEvent.by}), live and read back; a file of schema 1 gains it. */
class RemovedByTest {

    @TempDir
    Path folder;
    private final Stores stores = new Stores();

    @Test
    void aLeaveKeepsWhoRemovedTheMemberAcrossARestart() throws Exception {
        try (LogStore store = stores.open(folder)) {
            Recorder heard = new Recorder();
            RoomStream room = store.open("lobby", heard);
            room.append(new EventDraft(Instant.now(), EventKind.LEAVE, "eve", "kicked by host", "host"));
            room.append(new EventDraft(Instant.now(), EventKind.LEAVE, "bob", "quit"));
            assertEquals(List.of("host", ""), heard.await(2).stream().map(RoomEvent::by).toList(), "live");
        }
        try (LogStore store = stores.open(folder)) {
            RoomStream room = store.open("lobby", new Recorder());
            assertEquals(List.of("host", ""), room.after(0, 10).stream().map(RoomEvent::by).toList(), "read back");
        }
    }

    @Test
    void aFileOfTheFirstSchemaGainsTheColumn() throws Exception {
        try (LogStore store = stores.open(folder)) {
            Recorder heard = new Recorder();
            store.open("lobby", heard).append(Stores.message("ada", "before the upgrade"));
            heard.await(1);
        }
        Path file = folder.resolve(LogStore.FILE);
        try (Connection connection = new JDBC().connect("jdbc:sqlite:" + file, new Properties());
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE events DROP COLUMN removed_by"); // as the first schema made it
            statement.execute("PRAGMA user_version = 1");
        }
        try (LogStore store = stores.open(folder)) {
            Recorder heard = new Recorder();
            RoomStream room = store.open("lobby", heard);
            room.append(new EventDraft(Instant.now(), EventKind.LEAVE, "eve", "banned", RoomEvent.SERVER));
            heard.await(1);
            List<RoomEvent> events = room.after(0, 10);
            assertEquals("before the upgrade", events.get(0).text());
            assertEquals(List.of("", RoomEvent.SERVER), events.stream().map(RoomEvent::by).toList());
        }
    }
}
