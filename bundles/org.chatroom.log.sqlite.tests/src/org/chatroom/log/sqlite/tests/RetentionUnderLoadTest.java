package org.chatroom.log.sqlite.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.chatroom.api.log.Retention;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.api.log.RoomStream;
import org.chatroom.log.sqlite.internal.store.LogStore;
import org.chatroom.log.sqlite.internal.store.StoreSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retention holds while a room is written as fast as the log takes it: each transaction deletes at least what it
 * appended beyond the limit, so the room never keeps more than its retention and its disk use stays bounded (with a
 * fixed number of deletions per transaction, a room written faster than that kept ever more), and the write-ahead log
 * stays within its limit (SQLite never started it over under constant writing: it grew by everything written).
 */
class RetentionUnderLoadTest {

    private static final int KEEP = 100;
    private static final int TRIM_PER_BATCH = 16;
    private static final int WRITTEN = 20_000;

    @TempDir
    Path folder;
    private final Stores stores = new Stores();

    @Test
    void aRoomWrittenFlatOutNeverKeepsMoreThanItsRetention() {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            try (LogStore store = stores.open(Stores.settings(folder, 100_000, TRIM_PER_BATCH, Retention.UNLIMITED))) {
                AtomicLong mostKept = new AtomicLong();
                Recorder heard = new Recorder();
                RoomStream room = store.open("busy", heard);
                room.retention(new Retention(KEEP, Duration.ZERO));
                for (int i = 0; i < WRITTEN; i++) {
                    append(room, "message " + i);
                    if (i % 2_000 == 0) {
                        mostKept.accumulateAndGet(kept(store), Math::max);
                    }
                }
                heard.await(WRITTEN);
                mostKept.accumulateAndGet(kept(store), Math::max);
                assertTrue(mostKept.get() <= KEEP + TRIM_PER_BATCH,
                        "at most " + KEEP + " kept (and one step of trimming), but " + mostKept.get() + " were");
                assertEquals(WRITTEN - KEEP + 1, room.firstSequence());
            }
        });
    }

    @Test
    void theWriteAheadLogStaysWithinItsLimitUnderConstantWriting() {
        long limit = 1 << 20;
        int written = 60_000;
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            StoreSettings base = Stores.settings(folder, 100_000, TRIM_PER_BATCH, Retention.UNLIMITED);
            StoreSettings settings = base.withWalLimit(limit);
            Path wal = folder.resolve(LogStore.FILE + "-wal");
            try (LogStore store = stores.open(settings)) {
                Recorder heard = new Recorder();
                RoomStream room = store.open("busy", heard);
                room.retention(new Retention(KEEP, Duration.ZERO));
                long largest = 0;
                for (int i = 0; i < written; i++) {
                    append(room, "message " + i + " with some words to make the row the size of a chat line");
                    if (i % 500 == 0 && Files.exists(wal)) {
                        largest = Math.max(largest, Files.size(wal));
                    }
                }
                heard.await(written);
                largest = Math.max(largest, Files.size(wal));
                // above the limit by at most what the transactions written before the writer looked add: a few MB,
                // where a WAL nobody empties grows by everything written (12 MB here)
                assertTrue(largest < limit + (4 << 20), "the WAL reached " + largest + " bytes, limit " + limit);
                assertEquals(List.of(), stores.problems);
            }
        });
    }

    private static long kept(LogStore store) throws RoomLogException {
        return store.usage().events().getOrDefault("busy", 0L);
    }

    private static void append(RoomStream room, String text) throws InterruptedException {
        while (true) {
            try {
                room.append(Stores.message("ada", text));
                return;
            } catch (RoomLogException overloaded) {
                Thread.sleep(1);
            }
        }
    }
}
