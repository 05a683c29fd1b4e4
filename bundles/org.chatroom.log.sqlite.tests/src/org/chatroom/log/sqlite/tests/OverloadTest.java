package org.chatroom.log.sqlite.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.log.Retention;
import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.api.log.RoomStream;
import org.chatroom.log.sqlite.internal.store.LogStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When more events wait for the writer than the queue limit, append refuses at once with "overloaded" instead of
 * blocking; what was accepted is still committed and heard, what was refused never is.
 */
class OverloadTest {

    @TempDir
    Path folder;

    @Test
    void appendsBeyondTheQueueLimitAreRefusedAtOnce() throws Exception {
        CountDownLatch writerHeld = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (LogStore store = new Stores().open(Stores.settings(folder, 50, 2048, Retention.UNLIMITED))) {
            Recorder heard = new Recorder();
            RoomStream room = store.open("flood", event -> {
                heard.committed(event);
                if (event.seq() == 1) { // holds the listeners' thread, as a slow room would: the first event waits
                    writerHeld.countDown();
                    awaitQuietly(release);
                }
            });
            room.append(Stores.message("ada", "first"));
            assertTrue(writerHeld.await(20, TimeUnit.SECONDS));
            for (int i = 0; i < 49; i++) { // with the first, still waiting for its listener, 50 wait
                room.append(Stores.message("ada", "queued " + i));
            }
            assertEquals(50, store.waiting());
            RoomLogException refused = assertThrows(RoomLogException.class,
                    () -> room.append(Stores.message("ada", "one too many")));
            assertTrue(refused.getMessage().contains("overloaded"), refused.getMessage());
            release.countDown();
            List<RoomEvent> events = heard.await(50);
            assertEquals(50, room.lastSequence());
            assertTrue(events.stream().noneMatch(e -> e.text().equals("one too many")));
            room.append(Stores.message("ada", "after the flood"));
            assertEquals("after the flood", heard.await(51).get(50).text());
        } finally {
            release.countDown();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
