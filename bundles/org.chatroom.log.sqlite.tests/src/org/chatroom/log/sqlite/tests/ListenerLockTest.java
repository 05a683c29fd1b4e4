package org.chatroom.log.sqlite.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;

import org.chatroom.api.log.RoomStream;
import org.chatroom.log.sqlite.internal.store.LogStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The room's pattern: its listener takes the room's lock to deliver, and code holding that lock changes a setting,
 * which the writer must commit. The writer hands events to listeners on another thread, so neither waits for the other
 * (with the listener on the writer's thread the setting waited a minute and failed: the server could not restart
 * while events of its previous run were still being delivered).
 */
class ListenerLockTest {

    @TempDir
    Path folder;
    private final Stores stores = new Stores();

    @Test
    void aListenerWaitingForALockDoesNotStallTheWriterThatTheHolderWaitsFor() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Object roomLock = new Object();
            Recorder heard = new Recorder();
            try (LogStore store = stores.open(folder)) {
                RoomStream room = store.open("locked", event -> {
                    synchronized (roomLock) {
                        heard.committed(event);
                    }
                });
                synchronized (roomLock) {
                    room.append(Stores.message("ada", "held"));
                    Stores.await("the event committed", () -> room.lastSequence() == 1);
                    room.setting("topic", "set while the listener waits for the lock");
                    room.append(Stores.message("ada", "after"));
                }
                assertEquals(2, heard.await(2).size());
                assertEquals("set while the listener waits for the lock", room.settings().get("topic"));
            }
        });
    }
}
