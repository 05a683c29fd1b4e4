package org.chatroom.transport.tls.internal;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that run the expensive part of TLS handshakes (the {@code SSLEngine}'s delegated tasks: key agreement,
 * the certificate's signature, about 3 ms of CPU each on a 2-core machine), so that an I/O loop keeps serving its
 * other connections while a join storm's handshakes are computed. A fixed number of threads: more would only share
 * the same cores. The queue needs no bound of its own: handshakes in progress are bounded by the admission limits
 * (unfinished handshakes per address, connections in total). After {@link #shutdown()} tasks run on the caller.
 */
final class HandshakeTasks implements Executor {

    private final ThreadPoolExecutor pool;

    HandshakeTasks(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    @Override
    public void execute(Runnable task) {
        try {
            pool.execute(task);
        } catch (RejectedExecutionException e) {
            task.run(); // shutting down: the connection is being closed anyway
        }
    }

    void shutdown() {
        pool.shutdownNow();
    }
}
