package org.chatroom.log.sqlite.internal.store;

import java.util.concurrent.CompletableFuture;

import org.chatroom.api.log.EventDraft;

/** What the writer thread does: append an event, run a task in its transaction, or stop. */
sealed interface Work {

    /** {@code draft} of {@code room}, its time in nanoseconds since the epoch. */
    record Append(RoomState room, EventDraft draft, long timeNs) implements Work {
    }

    /** {@code work} inside the batch's transaction, under a savepoint; {@code done} completes after the commit. */
    final class Task<T> implements Work {
        final SqlWork<T> work;
        final CompletableFuture<T> done = new CompletableFuture<>();
        T result;

        Task(SqlWork<T> work) {
            this.work = work;
        }
    }

    /** Write what came before, then end the thread. */
    record Stop() implements Work {
    }
}
