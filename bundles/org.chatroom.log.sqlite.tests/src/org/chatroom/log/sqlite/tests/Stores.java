package org.chatroom.log.sqlite.tests;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.chatroom.api.log.EventDraft;
import org.chatroom.api.log.EventKind;
import org.chatroom.api.log.Retention;
import org.chatroom.log.sqlite.internal.store.LogStore;
import org.chatroom.log.sqlite.internal.store.Problems;
import org.chatroom.log.sqlite.internal.store.StoreException;
import org.chatroom.log.sqlite.internal.store.StoreSettings;

/** Opens stores on real database files and makes drafts; what the stores report as problems is kept. */
final class Stores {

    final List<String> problems = new CopyOnWriteArrayList<>();
    private final Problems reporter = new Problems() {
        @Override
        public void batchFailed(int events, Exception cause) {
            problems.add("batch of " + events + " failed: " + cause);
        }

        @Override
        public void listenerFailed(String room, RuntimeException cause) {
            problems.add("listener of " + room + " failed: " + cause);
        }

        @Override
        public void checkpointFailed(Exception cause) {
            problems.add("checkpoint failed: " + cause);
        }
    };

    LogStore open(Path folder) throws StoreException {
        return open(StoreSettings.defaults(folder));
    }

    LogStore open(StoreSettings settings) throws StoreException {
        return LogStore.open(settings, reporter);
    }

    static StoreSettings settings(Path folder, int queueLimit, int trimPerBatch, Retention retention) {
        return new StoreSettings(folder, 4096, queueLimit, trimPerBatch, retention, 2, false, 16L << 20, 256, 1000,
                true);
    }

    static EventDraft message(String name, String text) {
        return new EventDraft(Instant.now(), EventKind.MESSAGE, name, text);
    }

    static EventDraft message(Instant time, String text) {
        return new EventDraft(time, EventKind.MESSAGE, "ada", text);
    }

    /** Waits (bounded) until {@code condition} holds. */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 20 s: " + what);
            }
            Thread.sleep(5);
        }
    }
}
