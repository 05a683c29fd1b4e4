package org.chatroom.log.sqlite.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.chatroom.api.log.Retention;
import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.log.RoomStream;
import org.chatroom.log.sqlite.internal.store.LogStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbers, events, settings and retention outlive a restart on the same folder; retention by count and by age. */
class RestartAndRetentionTest {

    @TempDir
    Path folder;
    private final Stores stores = new Stores();

    @Test
    void numbersEventsAndSettingsContinueAfterARestart() throws Exception {
        List<RoomEvent> before;
        try (LogStore store = stores.open(folder)) {
            Recorder heard = new Recorder();
            RoomStream room = store.open("lobby", heard);
            for (int i = 1; i <= 25; i++) {
                room.append(Stores.message("ada", "before " + i));
            }
            before = heard.await(25);
            room.setting("topic", "restarts");
            room.retention(new Retention(1000, Duration.ZERO));
        }
        try (LogStore store = stores.open(folder)) {
            Recorder heard = new Recorder();
            RoomStream room = store.open("lobby", heard);
            assertEquals(25, room.lastSequence());
            assertEquals(before, room.after(0, 100));
            assertEquals(Map.of("topic", "restarts"), room.settings());
            room.append(Stores.message("ada", "after"));
            assertEquals(26, heard.await(1).get(0).seq());
            assertEquals(List.of("before 25", "after"), room.after(24, 10).stream().map(RoomEvent::text).toList());
        }
    }

    @Test
    void retentionByCountKeepsTheNewestAndNumbersNeverRestart() throws Exception {
        try (LogStore store = stores.open(Stores.settings(folder, 100_000, 64, new Retention(100, Duration.ZERO)))) {
            Recorder heard = new Recorder();
            RoomStream room = store.open("small", heard);
            for (int i = 1; i <= 1000; i++) {
                room.append(Stores.message("ada", "m" + i));
            }
            heard.await(1000);
            Stores.await("trimmed to 100 by the store's default", () -> room.firstSequence() == 901);
            List<RoomEvent> kept = room.after(0, 2000);
            assertEquals(100, kept.size());
            assertEquals(901, kept.get(0).seq());
            assertEquals(List.of(), room.before(901, 10), "nothing older is kept");
            assertEquals(List.of(), room.search("m5", 10), "nor found");

            room.retention(new Retention(10, Duration.ZERO));
            Stores.await("trimmed at once to the room's own limit", () -> room.firstSequence() == 991);
            assertEquals(10, room.after(0, 2000).size());
            assertEquals(Map.of("small", 10L), store.usage().events());
        }
        try (LogStore store = stores.open(folder)) {
            Recorder heard = new Recorder();
            RoomStream room = store.open("small", heard);
            assertEquals(991, room.firstSequence(), "the room's own retention outlives a restart");
            for (int i = 0; i < 5; i++) {
                room.append(Stores.message("ada", "more"));
            }
            heard.await(5);
            Stores.await("still 10 kept", () -> room.firstSequence() == 996);
        }
    }

    @Test
    void retentionByAgeDeletesOldEventsButAlwaysKeepsTheNewest() throws Exception {
        try (LogStore store = stores.open(Stores.settings(folder, 100_000, 7, Retention.UNLIMITED))) {
            Recorder heard = new Recorder();
            RoomStream room = store.open("aging", heard);
            Instant old = Instant.now().minus(Duration.ofDays(3));
            for (int i = 0; i < 50; i++) {
                room.append(Stores.message(old.plusSeconds(i), "old " + i));
            }
            for (int i = 0; i < 20; i++) {
                room.append(Stores.message("ada", "new " + i));
            }
            heard.await(70);
            assertEquals(1, room.firstSequence(), "unlimited keeps everything");
            room.retention(new Retention(0, Duration.ofDays(1)));
            Stores.await("old events deleted, in steps of 7", () -> room.firstSequence() == 51);
            assertEquals("new 0", room.after(0, 1).get(0).text());

            room.retention(new Retention(0, Duration.ofMillis(1)));
            Stores.await("all but the newest", () -> room.firstSequence() == 70);
            assertEquals(List.of("new 19"), room.after(0, 100).stream().map(RoomEvent::text).toList());
            assertEquals(70, room.lastSequence());
        }
    }
}
