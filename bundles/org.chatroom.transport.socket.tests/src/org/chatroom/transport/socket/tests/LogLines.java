package org.chatroom.transport.socket.tests;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CopyOnWriteArrayList;

import org.chatroom.testing.Services;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;

/** The messages the framework's log receives while open (delivered asynchronously, in order). */
final class LogLines implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final BlockingQueue<String> arrivals = new LinkedBlockingQueue<>();
    private final LogListener listener = this::record;
    private final LogReaderService reader;

    LogLines() throws Exception {
        reader = Services.get(LogReaderService.class, "");
        reader.addLogListener(listener);
    }

    private void record(LogEntry entry) {
        lines.add(entry.getLogLevel() + " " + entry.getMessage());
        arrivals.add(entry.getMessage());
    }

    long count(String part) {
        return lines.stream().filter(line -> line.contains(part)).count();
    }

    /** Waits (at most 10 s) until a line containing {@code part} arrived. */
    void await(String part) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (count(part) == 0) {
            if (arrivals.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS) == null) {
                throw new AssertionError("no log line with '" + part + "' within 10 s: " + lines);
            }
        }
    }

    @Override
    public void close() {
        reader.removeLogListener(listener);
    }
}
