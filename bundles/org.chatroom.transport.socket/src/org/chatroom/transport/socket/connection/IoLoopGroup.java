package org.chatroom.transport.socket.connection;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.log.Logger;

/** A few I/O loops (about one per core); connections are spread over them round robin. */
public final class IoLoopGroup {

    private final List<IoLoop> loops = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();

    /** Loops that write at the end of every round (a client's: one message typed alone goes out at once). */
    public IoLoopGroup(String name, int threads, Logger logger) throws IOException {
        this(name, threads, logger, 0);
    }

    /** Loops that gather writes for {@code gatherMicros} after each ({@link IoLoopConfig#write_gather_micros()}). */
    public IoLoopGroup(String name, int threads, Logger logger, long gatherMicros) throws IOException {
        for (int i = 0; i < threads; i++) {
            loops.add(new IoLoop(name + "-" + i, logger, gatherMicros));
        }
        loops.forEach(IoLoop::start);
    }

    public IoLoop next() {
        return loops.get(Math.floorMod(next.getAndIncrement(), loops.size()));
    }

    public boolean inLoop() {
        return loops.stream().anyMatch(IoLoop::inLoop);
    }

    public void shutdown(long millis) {
        loops.forEach(IoLoop::stop);
        loops.forEach(loop -> loop.await(millis));
    }

    /** Threads to use when configured with {@code 0}: the cores, at most 8. */
    public static int defaultThreads() {
        return Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
    }
}
