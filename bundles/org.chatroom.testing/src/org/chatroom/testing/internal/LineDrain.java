package org.chatroom.testing.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a process stream line by line on a daemon thread, so the process never blocks on a full pipe.
 * Lines are handed out in order through {@link #next(Duration)}; the last lines are also kept for diagnostics.
 */
public final class LineDrain {

    private static final int TAIL_LINES = 200;
    private static final String END = new String("end of stream");

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Deque<String> tail = new ArrayDeque<>();
    private final Thread thread;
    private boolean ended;

    public LineDrain(InputStream stream, String threadName) {
        thread = new Thread(() -> drain(stream), threadName);
        thread.setDaemon(true);
        thread.start();
    }

    private void drain(InputStream stream) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                remember(line);
                lines.add(line);
            }
        } catch (IOException e) {
            remember("(stream failed: " + e + ")");
        } finally {
            lines.add(END);
        }
    }

    private synchronized void remember(String line) {
        if (tail.size() == TAIL_LINES) {
            tail.removeFirst();
        }
        tail.addLast(line);
    }

    /**
     * The next line, waiting at most {@code timeout}.
     *
     * @return the line, or {@code null} on timeout or at the end of the stream (see {@link #ended()})
     */
    public String next(Duration timeout) throws InterruptedException {
        synchronized (this) {
            if (ended) {
                return null;
            }
        }
        String line = lines.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        if (line == END) {
            synchronized (this) {
                ended = true;
            }
            return null;
        }
        return line;
    }

    /** True once {@link #next(Duration)} has reached the end of the stream. */
    public synchronized boolean ended() {
        return ended;
    }

    /** The last lines read, oldest first. */
    public synchronized List<String> tail() {
        return new ArrayList<>(tail);
    }

    /** Waits (bounded) for the reader thread after the process is gone. */
    public void join(Duration timeout) throws InterruptedException {
        thread.join(Math.max(1, timeout.toMillis()));
    }
}
