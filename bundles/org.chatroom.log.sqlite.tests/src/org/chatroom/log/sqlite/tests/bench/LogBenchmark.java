package org.chatroom.log.sqlite.tests.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.chatroom.api.log.EventDraft;
import org.chatroom.api.log.EventKind;
import org.chatroom.api.log.RoomStream;
import org.chatroom.log.sqlite.internal.store.LogStore;
import org.chatroom.log.sqlite.internal.store.StoreSettings;
import org.chatroom.log.sqlite.tests.PrintedProblems;

/**
 * The room log's figures, printed (a benchmark, not a test): group-commit throughput and commit latency, catch-up
 * of 10,000 events, full-text search and open time with 1,000,000 stored messages, disk bytes. Run by
 * {@code releng/scripts/log-benchmark.sh}; arguments: a folder to fill (deleted first), the number of stored messages.
 */
public final class LogBenchmark {

    private static final PrintedProblems PROBLEMS = new PrintedProblems();

    private LogBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/log-benchmark");
        int stored = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Files.createDirectories(folder);
        for (String name : List.of(LogStore.FILE, LogStore.FILE + "-wal", LogStore.FILE + "-shm")) {
            Files.deleteIfExists(folder.resolve(name));
        }
        StoreSettings settings = StoreSettings.defaults(folder);
        System.out.printf("SQLite room log, %s, %d cores%n", folder.toAbsolutePath(),
                Runtime.getRuntime().availableProcessors());
        try (LogStore store = LogStore.open(settings, PROBLEMS)) {
            Throughput.run(store, "unpaced, 10 rooms x 1 appender", 10, 200_000, 0);
            Throughput.run(store, "paced 2,400 events/s (the 500x10 paced load)", 10, 24_000, 2_400);
            Throughput.run(store, "paced 8,000 events/s", 10, 80_000, 8_000);
        }
        Retained.run(folder.resolve("retained"), PROBLEMS);
        fill(folder, settings, stored);
        long start = System.nanoTime();
        try (LogStore store = LogStore.open(settings, PROBLEMS)) {
            RoomStream room = store.open("big", event -> { });
            long last = room.lastSequence();
            System.out.printf("open with %,d stored events: %.0f ms (to lastSequence %,d)%s%n", stored,
                    (System.nanoTime() - start) / 1e6, last, Load.now());
            Reads.catchUp(room, last);
            Reads.search(room);
            System.out.printf("disk: %,d bytes, %.0f bytes per stored event%s%n", store.usage().bytes(),
                    store.usage().bytes() / (double) last, Load.now());
        }
    }

    /** Stores {@code count} messages of random words in room "big", through the store's own writer. */
    private static void fill(Path folder, StoreSettings settings, int count) throws Exception {
        Random random = new Random(42);
        List<String> words = Words.vocabulary(random);
        long start = System.nanoTime();
        try (LogStore store = LogStore.open(settings, PROBLEMS)) {
            RoomStream room = store.open("big", event -> { });
            for (int i = 0; i < count; i++) {
                EventDraft draft = new EventDraft(Instant.now(), EventKind.MESSAGE, "member" + random.nextInt(500),
                        Words.sentence(words, random));
                while (true) {
                    try {
                        room.append(draft);
                        break;
                    } catch (org.chatroom.api.log.RoomLogException overloaded) {
                        Thread.sleep(1);
                    }
                }
            }
            while (room.lastSequence() < count) {
                Thread.sleep(10);
            }
        }
        System.out.printf("filled %,d messages in %.1f s%s%n", count, (System.nanoTime() - start) / 1e9, Load.now());
    }

    static double percentile(List<Long> values, double p) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }
}
