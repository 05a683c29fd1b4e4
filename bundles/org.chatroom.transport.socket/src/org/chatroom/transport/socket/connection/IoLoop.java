package org.chatroom.transport.socket.connection;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import org.osgi.service.log.Logger;

/**
 * One selector thread. Other threads hand it work through {@link #execute(Runnable)}; the only wakeups are for such
 * tasks (registrations, closes, a connection whose socket buffer filled up), never one per message, and only while
 * the thread waits in {@code select}: an awake thread runs its tasks before it selects again. Timers
 * ({@link #schedule}) run on the thread too, checked once a round.
 * <p>
 * With a gathering window ({@link IoLoopConfig#write_gather_micros()}) a loop writes the connections it queued bytes
 * for at most once a window: after a write it waits for the rest of the window without being woken for tasks (they
 * run, and what they queue is written, when the window ends or a read wakes the loop first), so at moderate rates a
 * room's events of one window reach each member in one task and one write instead of one each. A loop that wrote
 * nothing for a window writes at the end of the round, as without one.
 */
public final class IoLoop implements Runnable, Executor {

    /** Buffers of one loop that codecs may use during one call (loop thread only), allocated on first use. */
    public static final class Scratch {
        private ByteBuffer plain;
        private ByteBuffer wire;
        private ByteBuffer combined;

        /** A heap buffer of at least {@code bytes} for decoded application bytes. */
        public ByteBuffer plain(int bytes) {
            plain = atLeast(plain, bytes);
            return plain;
        }

        /** A heap buffer of at least {@code bytes} for encoded wire bytes. */
        public ByteBuffer wire(int bytes) {
            wire = atLeast(wire, bytes);
            return wire;
        }

        /** A heap buffer of at least {@code bytes} to join kept and new wire bytes. */
        public ByteBuffer combined(int bytes) {
            combined = atLeast(combined, bytes);
            return combined;
        }

        private static ByteBuffer atLeast(ByteBuffer buffer, int bytes) {
            ByteBuffer result = buffer == null || buffer.capacity() < bytes ? ByteBuffer.allocate(bytes) : buffer;
            result.clear();
            return result;
        }
    }

    private record Timer(long due, Runnable task) {
    }

    private static final long SELECT_MILLIS = 200;
    /** {@link #waiting}: the thread is awake, or waits in {@code select} woken for tasks, or waits not woken. */
    private static final int AWAKE = 0;
    private static final int WAKEABLE = 1;
    private static final int GATHERING = 2;
    private static final int READ_BUFFER_BYTES = 64 * 1024;
    private static final int WRITE_BUFFER_BYTES = 64 * 1024;

    private final Selector selector;
    private final Thread thread;
    private final Logger logger;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    /** Tasks for the round after the next select; loop thread only. */
    private final List<Runnable> afterSelect = new ArrayList<>();
    /** Connections closing gracefully, with their deadline in nanos; loop thread only. */
    private final Map<NioConnection, Long> closing = new HashMap<>();
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(READ_BUFFER_BYTES);
    private final ByteBuffer writeBuffer = ByteBuffer.allocateDirect(WRITE_BUFFER_BYTES);
    /** This loop's connections to write at the end of the current round; loop thread only. */
    private final List<NioConnection> pendingFlush = new ArrayList<>();
    /**
     * Other loops' connections this thread queued bytes for during the current round, by owning loop; handed to
     * their owners at the end of the round (one wakeup each), so that every connection is written by its own loop
     * only, once a round, whichever thread broadcast to it. Loop thread only.
     */
    private final Map<IoLoop, List<NioConnection>> handOff = new HashMap<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>((a, b) -> Long.compare(a.due, b.due));
    private final Scratch scratch = new Scratch();
    private volatile boolean running = true;
    /**
     * {@link #WAKEABLE} or {@link #GATHERING} from just before the thread checks its tasks and selects until select
     * returns, else {@link #AWAKE}. A thread that adds a task or changes an interest set and then reads {@code AWAKE}
     * needs no wakeup: the loop sees the task (and the selector the new interest) before it selects again; nor does
     * one that reads {@code GATHERING}: the loop selects at most until its window ends.
     */
    private volatile int waiting = AWAKE;
    /** Loop thread only: when this loop may write its connections again. */
    private final GatherWindow window;

    /**
     * Connections that threads other than I/O threads queued bytes for (a room log's delivery thread), to write in
     * this loop's next round: one list under one lock instead of a task per connection, which cost that thread a
     * fifth of its time in {@code ConcurrentLinkedQueue.offer} when it delivered to thousands of members.
     */
    private final List<NioConnection> foreignFlush = new ArrayList<>();
    /** Set by an adder after adding to {@link #foreignFlush}, cleared by the loop before it takes the list. */
    private volatile boolean foreignPending;

    /** The thread of a loop, so that code running on it finds its loop without any static state. */
    private static final class IoThread extends Thread {
        final IoLoop loop;

        IoThread(IoLoop loop, String name) {
            super(loop, name);
            this.loop = loop;
            setDaemon(true);
        }
    }

    /** Loop thread only: buffers codecs share. */
    Scratch scratch() {
        return scratch;
    }

    Logger logger() {
        return logger;
    }

    /** Runs {@code task} on the loop thread after {@code delayMillis} (at the resolution of a round). */
    public void schedule(long delayMillis, Runnable task) {
        long due = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delayMillis);
        if (inLoop()) {
            timers.add(new Timer(due, task));
        } else {
            execute(() -> timers.add(new Timer(due, task)));
        }
    }

    IoLoop(String name, Logger logger, long gatherMicros) throws IOException {
        this.selector = Selector.open();
        this.logger = logger;
        this.thread = new IoThread(this, name);
        this.window = new GatherWindow(gatherMicros);
    }

    /** @return the loop whose thread is calling, or {@code null} when called from any other thread */
    static IoLoop current() {
        return Thread.currentThread() instanceof IoThread ioThread ? ioThread.loop : null;
    }

    /**
     * Loop thread only: {@code connection}, owned by {@code owner}, got bytes queued by this thread. They are written
     * at the end of this round when this loop owns it, else at the end of the owner's next round, together with
     * whatever else is queued for it by then (one system call for many messages, from any number of threads).
     */
    void flushLater(NioConnection connection, IoLoop owner) {
        if (owner == this) {
            pendingFlush.add(connection);
        } else {
            handOff.computeIfAbsent(owner, loop -> new ArrayList<>()).add(connection);
        }
    }

    private void runTimers() {
        long now = System.nanoTime();
        while (!timers.isEmpty() && timers.peek().due - now <= 0) {
            Runnable task = timers.poll().task;
            try {
                task.run();
            } catch (RuntimeException e) {
                logger.error("I/O loop {}: timer failed", thread.getName(), e);
            }
        }
    }

    /** How long to select: until the next timer, and while gathering ({@code gatherLeft} > 0) until the window ends. */
    private long selectMillis(long gatherLeft) {
        long millis = SELECT_MILLIS;
        if (!timers.isEmpty()) {
            millis = Math.min(millis, TimeUnit.NANOSECONDS.toMillis(timers.peek().due - System.nanoTime()) + 1);
        }
        return Math.max(1, GatherWindow.selectMillis(millis, gatherLeft));
    }

    void start() {
        thread.start();
    }

    public boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    /** Runs {@code task} on the loop thread, soon. */
    @Override
    public void execute(Runnable task) {
        tasks.add(task);
        wakeup();
    }

    /**
     * Loop thread only: runs {@code task} after this loop's next select, which deregisters the keys cancelled before
     * it. A channel closed while registered keeps its socket open until then (a closed listening socket still accepts
     * connections into its backlog), so whoever waits for a socket to be really closed waits for this.
     */
    void afterNextSelect(Runnable task) {
        afterSelect.add(task);
    }

    /** A select has run since the tasks of {@link #afterNextSelect} were given: they join this round's tasks. */
    private void takeAfterSelect() {
        tasks.addAll(afterSelect);
        afterSelect.clear();
    }

    /** Any thread that is no I/O thread: writes what is queued for {@code connection} in this loop's next round. */
    void flushSoon(NioConnection connection) {
        synchronized (foreignFlush) {
            foreignFlush.add(connection);
        }
        if (!foreignPending) { // true: the loop has not taken the list yet, and will take this one with it
            foreignPending = true;
            wakeup();
        }
    }

    /** Adds what other threads queued bytes for to this round's connections to write. */
    private void takeForeign() {
        if (!foreignPending) {
            return;
        }
        foreignPending = false;
        synchronized (foreignFlush) {
            pendingFlush.addAll(foreignFlush);
            foreignFlush.clear();
        }
    }

    /**
     * Makes a waiting select return (for a new task or interest set); no system call when the loop is awake, nor when
     * it gathers (it wakes by itself when its window ends).
     */
    void wakeup() {
        if (waiting == WAKEABLE && !inLoop()) {
            selector.wakeup();
        }
    }

    /** Loop thread only. */
    SelectionKey register(SelectableChannel channel, int ops, Selectable attachment) throws IOException {
        return channel.register(selector, ops, attachment);
    }

    /** Loop thread only: the buffer reads go through. */
    ByteBuffer readBuffer() {
        return readBuffer;
    }

    /** Loop thread only: the buffer queued bytes are written through. */
    ByteBuffer writeBuffer() {
        return writeBuffer;
    }

    /** Loop thread only: closes {@code connection} for good when it has not flushed by {@code graceMillis}. */
    void watchClosing(NioConnection connection, long graceMillis) {
        closing.put(connection, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(graceMillis));
    }

    @Override
    public void run() {
        while (running) {
            try {
                long gatherLeft = window.left();
                boolean flushNow = gatherLeft == 0 && !(pendingFlush.isEmpty() && handOff.isEmpty());
                waiting = gatherLeft > 0 ? GATHERING : WAKEABLE;
                try {
                    if (tasks.isEmpty() && afterSelect.isEmpty() && !foreignPending && !flushNow) {
                        selector.select(selectMillis(gatherLeft));
                    } else {
                        selector.selectNow(); // tasks queued meanwhile, or writes whose window ended, without waiting
                    }
                } finally {
                    waiting = AWAKE;
                }
                takeAfterSelect(); // before anything this round can add to it
                dispatchSelected();
                runTasks();
                takeForeign();
                flushPending();
                expireClosing();
                runTimers();
            } catch (IOException | RuntimeException e) {
                logger.error("I/O loop {}: unexpected failure, continuing", thread.getName(), e);
            }
        }
        stopAll();
    }

    private void dispatchSelected() {
        Iterator<SelectionKey> selected = selector.selectedKeys().iterator();
        while (selected.hasNext()) {
            SelectionKey key = selected.next();
            selected.remove();
            try {
                if (key.isValid()) {
                    ((Selectable) key.attachment()).ready(key.readyOps());
                }
            } catch (CancelledKeyException e) {
                // closed by another thread meanwhile: its close path reports it
            } catch (RuntimeException e) {
                logger.error("I/O loop {}: handler failed", thread.getName(), e);
            }
        }
    }

    private void runTasks() {
        Runnable task;
        while ((task = tasks.poll()) != null) {
            try {
                task.run();
            } catch (RuntimeException e) {
                logger.error("I/O loop {}: task failed", thread.getName(), e);
            }
        }
    }

    /**
     * Writes this round's connections, unless this loop's gathering window is still open (they wait for the round
     * that ends it). Another loop's connections go to their owner when it is awake or gathering (it writes them when
     * it next writes its own, together with whatever it queued for them itself, and needs no wakeup); when the owner
     * waits in select, this thread writes them (under each connection's lock) rather than waking it for them: at
     * moderate rates that saves a wakeup and a round of the other loop per message.
     */
    private void flushPending() {
        if (pendingFlush.isEmpty() && handOff.isEmpty() || window.left() > 0) {
            return;
        }
        window.writing();
        flush(pendingFlush);
        pendingFlush.clear();
        if (!handOff.isEmpty()) {
            handOff.forEach((owner, connections) -> {
                if (owner.waiting == WAKEABLE) {
                    flush(connections);
                } else {
                    owner.execute(() -> owner.pendingFlush.addAll(connections));
                }
            });
            handOff.clear();
        }
    }

    /** Loop thread only: writes what is queued for {@code connections} (this loop's, or a sleeping owner's). */
    private void flush(List<NioConnection> connections) {
        for (int i = 0; i < connections.size(); i++) {
            try {
                connections.get(i).flushQueued(this);
            } catch (RuntimeException e) {
                logger.error("I/O loop {}: flush failed", thread.getName(), e);
            }
        }
    }

    private void expireClosing() {
        if (closing.isEmpty()) {
            return;
        }
        long now = System.nanoTime();
        List<NioConnection> expired = new ArrayList<>();
        closing.entrySet().removeIf(entry -> {
            boolean done = !entry.getKey().isRegisteredOpen();
            if (!done && now - entry.getValue() > 0) {
                expired.add(entry.getKey());
                done = true;
            }
            return done;
        });
        expired.forEach(NioConnection::graceExpired);
    }

    /** Asks the thread to close everything registered and stop. */
    void stop() {
        running = false;
        selector.wakeup();
    }

    /** Waits at most {@code millis} for the thread to end after {@link #stop()}. */
    void await(long millis) {
        if (inLoop()) {
            return;
        }
        try {
            thread.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stopAll() {
        for (SelectionKey key : List.copyOf(selector.keys())) {
            try {
                ((Selectable) key.attachment()).loopStopped();
            } catch (RuntimeException e) {
                logger.error("I/O loop {}: stop failed", thread.getName(), e);
            }
        }
        runTasks();
        pendingFlush.clear();
        handOff.clear();
        closing.clear();
        timers.clear();
        try {
            selector.close();
        } catch (IOException e) {
            logger.warn("I/O loop {}: closing the selector failed", thread.getName(), e);
        }
        takeAfterSelect(); // closing the selector deregistered every key
        runTasks();
    }

    @Override
    public String toString() {
        return thread.getName();
    }
}
