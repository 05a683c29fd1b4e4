package org.chatroom.client.irc.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Sends lines to the server on a thread of its own, so a slow server never blocks the caller (the UI thread). The
 * queue is bounded; every line is checked against the IRC line limit before it is queued.
 */
final class LineWriter {

    private static final String CLOSE = new String("close"); // identity marker

    private final BlockingQueue<String> queue;
    private final OutputStream out;
    private final int maxLineBytes;
    private final Consumer<IOException> failed;
    private final Runnable closeAfter;
    private final Thread thread;

    /**
     * @param failed     told when writing fails (the connection is gone)
     * @param closeAfter run by the writer thread after {@link #closeAfterQueued()}'s lines are written
     */
    LineWriter(OutputStream out, int maxLineBytes, int maxQueued, Consumer<IOException> failed, Runnable closeAfter,
            String name) {
        this.out = out;
        this.maxLineBytes = maxLineBytes;
        this.queue = new ArrayBlockingQueue<>(maxQueued + 1);
        this.failed = failed;
        this.closeAfter = closeAfter;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Queues {@code lines} (without CR LF), all or none.
     *
     * @throws IllegalArgumentException with a message for the user when a line is too long or the queue is full
     */
    synchronized void send(List<String> lines) {
        for (String line : lines) {
            int bytes = line.getBytes(StandardCharsets.UTF_8).length + 2;
            if (bytes > maxLineBytes) {
                throw new IllegalArgumentException(Texts.format("send.tooLong", maxLineBytes, bytes));
            }
        }
        if (queue.remainingCapacity() < lines.size() + 1) {
            throw new IllegalArgumentException(Texts.format("send.queueFull", queue.size()));
        }
        queue.addAll(lines);
    }

    void send(String line) {
        send(List.of(line));
    }

    /** Writes what is queued, then runs the close action; later lines are dropped. */
    synchronized void closeAfterQueued() {
        queue.offer(CLOSE);
    }

    /** Stops at once. */
    void stop() {
        thread.interrupt();
    }

    private void run() {
        try {
            while (true) {
                String line = queue.take();
                if (line == CLOSE) {
                    out.flush();
                    break;
                }
                out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
                if (queue.isEmpty()) {
                    out.flush();
                }
            }
        } catch (IOException e) {
            failed.accept(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        closeAfter.run();
    }
}
