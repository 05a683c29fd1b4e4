package org.chatroom.log.sqlite.tests.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import org.chatroom.api.log.EventDraft;
import org.chatroom.api.log.EventKind;
import org.chatroom.api.log.Retention;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.api.log.RoomStream;
import org.chatroom.log.sqlite.internal.store.LogStore;
import org.chatroom.log.sqlite.internal.store.Problems;
import org.chatroom.log.sqlite.internal.store.StoreSettings;

/**
 * Disk use bounded by retention: a room keeping 10,000 events gets 100,000 messages; the file's size is printed
 * after every 20,000. Once retention trims as much as is written, freed pages are reused and the size levels off.
 */
final class Retained {

    private static final int KEEP = 10_000;
    private static final int STEP = 20_000;
    private static final int TOTAL = 100_000;

    private Retained() {
    }

    static void run(Path folder, Problems problems) throws Exception {
        Files.createDirectories(folder);
        Random random = new Random(7);
        var words = Words.vocabulary(random);
        try (LogStore store = LogStore.open(StoreSettings.defaults(folder), problems)) {
            RoomStream room = store.open("kept", event -> { });
            room.retention(new Retention(KEEP, Duration.ZERO));
            for (int written = 0; written < TOTAL;) {
                for (int i = 0; i < STEP; i++, written++) {
                    append(room, new EventDraft(Instant.now(), EventKind.MESSAGE, "member" + random.nextInt(500),
                            Words.sentence(words, random)));
                }
                while (room.lastSequence() < written) {
                    Thread.sleep(10);
                }
                System.out.printf("retention %,d events: %,d written, %,d kept, disk %,d bytes (database %,d, WAL %,d)%s%n",
                        KEEP, written, store.usage().events().getOrDefault("kept", 0L), store.usage().bytes(),
                        size(folder.resolve("roomlog.db")), size(folder.resolve("roomlog.db-wal")), Load.now());
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static void append(RoomStream room, EventDraft draft) throws InterruptedException {
        while (true) {
            try {
                room.append(draft);
                return;
            } catch (RoomLogException overloaded) {
                Thread.sleep(1);
            }
        }
    }
}
