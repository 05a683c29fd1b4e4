package org.chatroom.log.sqlite.internal.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.chatroom.api.log.EventDraft;
import org.chatroom.api.log.RoomLogException;

/**
 * The one thread that writes: it drains the queue into a batch, writes the batch in one transaction, commits (one
 * disk sync for the whole batch: group commit), and only then hands each event to its room's listener, in the
 * order of the appends, through the {@link Publisher}'s thread. Retention trims run in the same transactions, bounded
 * per batch. An append counts against the queue limit until its listener has it, so a slow listener still pushes
 * back on the appenders.
 */
final class Writer {

    /** How often rooms with an age limit are trimmed when nothing is appended. */
    private static final Duration AGE_CHECK = Duration.ofSeconds(60);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

    private final Connection connection;
    private final StoreSettings settings;
    private final Supplier<Collection<RoomState>> rooms;
    private final Problems problems;
    private final EventWriter events;
    private final Trimmer trimmer;
    private final WalLimit walLimit;
    private final WordIndex words;
    private final BlockingQueue<Work> queue = new LinkedBlockingQueue<>();
    private final AtomicInteger waitingAppends = new AtomicInteger();
    /** Rooms whose retention has more to delete: writer thread only. */
    private final Set<RoomState> trimming = new LinkedHashSet<>();
    private final Thread thread;
    private final Publisher publisher;
    private volatile boolean stopping;

    Writer(Connection connection, StoreSettings settings, Supplier<Collection<RoomState>> rooms, Problems problems)
            throws SQLException {
        this.connection = connection;
        this.settings = settings;
        this.rooms = rooms;
        this.problems = problems;
        this.events = new EventWriter(connection);
        this.words = new WordIndex(connection, settings.wordsPerRound(), settings.wordsDelayMillis());
        this.trimmer = new Trimmer(connection, settings.retention(), settings.trimPerBatch());
        this.walLimit = new WalLimit(connection, settings.folder().toAbsolutePath().resolve(LogStore.FILE),
                settings.walLimitBytes(), problems);
        this.publisher = new Publisher("room log listeners " + settings.folder(), problems);
        this.thread = new Thread(this::run, "room log writer " + settings.folder());
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues {@code draft}; refused when the queue is full or the store closing. */
    void append(RoomState room, EventDraft draft, long timeNs) throws RoomLogException {
        if (stopping) {
            throw new RoomLogException(Texts.get("closed", room.name));
        }
        if (waitingAppends.incrementAndGet() > settings.queueLimit()) {
            waitingAppends.decrementAndGet();
            throw new RoomLogException(Texts.get("overloaded", settings.queueLimit()));
        }
        queue.add(new Work.Append(room, draft, timeNs));
    }

    /** Runs {@code work} in the writer's next transaction and waits until it is committed. */
    <T> T call(SqlWork<T> work) throws RoomLogException {
        if (Thread.currentThread() == thread) {
            throw new IllegalStateException("the room log's writer cannot wait for its own work");
        }
        if (stopping) {
            throw new RoomLogException(Texts.get("unavailable", "closed"));
        }
        Work.Task<T> task = new Work.Task<>(work);
        queue.add(task);
        try {
            return task.done.get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new RoomLogException(Texts.get("unavailable", cause.getMessage()), cause);
        } catch (TimeoutException e) {
            throw new RoomLogException(Texts.get("unavailable", "no commit within " + CALL_TIMEOUT), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RoomLogException(Texts.get("unavailable", "interrupted"), e);
        }
    }

    /** Indexes the words of every message committed so far, unless they are already (before a search). */
    void indexWords() throws RoomLogException {
        if (words.behind()) {
            call(c -> {
                words.index(events.lastId());
                return null;
            });
        }
    }

    /** Trims {@code room} from the next batch on; for tasks, which run on the writer thread. */
    void trimSoon(RoomState room) {
        trimming.add(room);
    }

    int waiting() {
        return waitingAppends.get();
    }

    /** Writes everything queued, then stops the thread (waits for it at most {@code timeout}). */
    void stop(Duration timeout) throws InterruptedException {
        stopping = true;
        queue.add(new Work.Stop());
        thread.join(timeout.toMillis());
        publisher.stop(timeout);
    }

    private void run() {
        List<Work> batch = new ArrayList<>();
        boolean stop = false;
        while (!stop) {
            try {
                long wait = Math.min(AGE_CHECK.toMillis(), words.millisUntilDue(System.nanoTime()));
                Work head = queue.poll(trimming.isEmpty() ? wait : 0, TimeUnit.MILLISECONDS);
                if (head == null && !words.due(System.nanoTime())) {
                    rooms.get().forEach(trimming::add);
                } else if (head != null) {
                    batch.add(head);
                    queue.drainTo(batch, settings.batchMaxItems() - 1);
                }
            } catch (InterruptedException e) {
                stopping = true;
                stop = true;
            }
            stop |= batch.removeIf(Work.Stop.class::isInstance);
            write(batch, false);
            batch.clear();
        }
        List<Work> left = new ArrayList<>();
        queue.drainTo(left);
        write(left, true);
    }

    /** @param last whether this is the last transaction: then the words of every message are indexed */
    private void write(List<Work> batch, boolean last) {
        long now = System.nanoTime();
        if (batch.isEmpty() && trimming.isEmpty() && !words.due(now) && !last) {
            return;
        }
        Batch written = new Batch(batch);
        try {
            for (Work work : batch) {
                if (work instanceof Work.Append append) {
                    written.appended(append, events.insert(append));
                    words.appended(append.draft().kind(), now);
                } else if (work instanceof Work.Task<?> task) {
                    runTask(task);
                    written.tasks.add(task);
                }
            }
            for (RoomState room : written.rooms) {
                events.lastSequence(room);
            }
            trimming.addAll(written.rooms);
            trim(written);
            if (last || words.due(now)) {
                words.index(events.lastId());
            }
            connection.commit();
            words.committed();
        } catch (SQLException | RuntimeException e) {
            words.rolledBack();
            waitingAppends.addAndGet(-written.appends);
            rollback(written, e);
            return;
        }
        written.published(publisher, () -> waitingAppends.addAndGet(-written.appends));
        walLimit.committed();
    }

    private void trim(Batch written) throws SQLException {
        long now = EventWriter.nanos(Instant.now());
        for (RoomState room : List.copyOf(trimming)) {
            if (room.isDeleted()) {
                trimming.remove(room);
                continue;
            }
            written.rooms.add(room);
            if (!trimmer.trim(room, now, written.appendedTo(room))) {
                trimming.remove(room);
            }
        }
    }

    private <T> void runTask(Work.Task<T> task) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            task.result = task.work.apply(connection);
            connection.releaseSavepoint(savepoint);
        } catch (SQLException | RuntimeException e) {
            connection.rollback(savepoint);
            connection.releaseSavepoint(savepoint);
            task.done.completeExceptionally(e);
        }
    }

    private void rollback(Batch written, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
        written.rooms.forEach(RoomState::rolledBack);
        for (Work.Task<?> task : written.tasks) {
            task.done.completeExceptionally(cause);
        }
        problems.batchFailed(written.appends, cause);
    }
}
