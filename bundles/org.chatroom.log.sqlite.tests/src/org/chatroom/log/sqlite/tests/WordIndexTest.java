package org.chatroom.log.sqlite.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.log.RoomStream;
import org.chatroom.log.sqlite.internal.store.LogStore;
import org.chatroom.log.sqlite.internal.store.StoreSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.JDBC;

/**
 * The search index takes the words of committed messages in rounds, not with every commit, and a search still finds
 * every message committed before it: it indexes what waits first, and at start what a killed run had not indexed.
 */
class WordIndexTest {

    private static final long AN_HOUR_MS = 3_600_000;

    @TempDir
    Path folder;

    @Test
    void wordsWaitForTheirRoundAndASearchIndexesThemFirst() throws Exception {
        StoreSettings settings = StoreSettings.defaults(folder).withWordRounds(1000, AN_HOUR_MS);
        try (LogStore store = new Stores().open(settings)) {
            Recorder heard = new Recorder();
            RoomStream room = store.open("lobby", heard);
            for (int i = 0; i < 10; i++) {
                room.append(Stores.message("ada", "hello number " + i));
            }
            heard.await(10);
            assertEquals(0, indexedMessages(), "committed and delivered, their words not indexed yet");

            List<RoomEvent> found = room.search("hello", 20);

            assertEquals(10, found.size(), "a search finds every message committed before it");
            assertEquals(10, found.get(0).seq(), "newest first");
            assertEquals(10, indexedMessages());
        }
    }

    @Test
    void messagesAKilledRunLeftUnindexedAreFoundAfterRestart() throws Exception {
        try (LogStore store = new Stores().open(folder)) {
            Recorder heard = new Recorder();
            RoomStream room = store.open("lobby", heard);
            room.append(Stores.message("ada", "first words"));
            room.append(Stores.message("bob", "more words"));
            heard.await(2);
        }
        // the file as a run killed between two rounds leaves it: the events committed, their words not indexed
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO words(words) VALUES ('delete-all')");
        }
        assertEquals(0, indexedMessages());

        try (LogStore store = new Stores().open(folder)) {
            RoomStream room = store.open("lobby", new Recorder());

            assertEquals(List.of(2L, 1L), room.search("words", 10).stream().map(RoomEvent::seq).toList());
        }
    }

    private long indexedMessages() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(*) FROM words")) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    private Connection connect() throws SQLException {
        return new JDBC().connect("jdbc:sqlite:" + folder.resolve(LogStore.FILE), new Properties());
    }
}
