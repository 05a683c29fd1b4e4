package org.chatroom.log.sqlite.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.chatroom.api.log.Retention;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.api.log.RoomStream;
import org.chatroom.log.sqlite.internal.store.LogStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retention holds while a room is written as fast as the log takes it: each transaction deletes at least what it
 * appended beyond the limit, so the room never keeps more than its retention and its disk use stays bounded (with a
 * fixed number of deletions per transaction, a room written faster than that kept ever more).
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
