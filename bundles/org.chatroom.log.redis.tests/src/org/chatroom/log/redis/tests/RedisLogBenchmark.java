package org.chatroom.log.redis.tests;

import org.chatroom.testing.RedisServer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.log.EventDraft;
import org.chatroom.api.log.EventKind;
import org.chatroom.api.log.RoomLog;
import org.chatroom.api.log.RoomStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A benchmark, not a test (its name keeps it out of the default test run; releng/scripts/redis-log-benchmark.sh runs
 * it): two nodes on one real redis-server, senders appending to one room from both, for each AOF fsync policy.
 * Prints appends/s, the append call's latency and the commit latency (append called on one node until the other
 * node's listener has the event). Asserts nothing about time.
 */
class RedisLogBenchmark {

    private static final int SENDERS = Integer.getInteger("chatroom.benchmark.senders", 8);
    private static final int PER_SENDER = Integer.getInteger("chatroom.benchmark.events", 5_000);

    @TempDir
    Path folder;

    @Test
    void appendAndCommitFigures() throws Exception {
        for (String fsync : List.of("always", "everysec")) {
            try (RedisServer redis = RedisServer.start(folder.resolve(fsync), fsync); Nodes nodes = new Nodes(redis)) {
                run(fsync, nodes);
            }
        }
    }

    private static void run(String fsync, Nodes nodes) throws Exception {
        int total = SENDERS * PER_SENDER;
        long[] commitNanos = new long[total + 1];
        long[] sentAt = new long[total + 1];
        CountDownLatch heard = new CountDownLatch(total);
        RoomLog a = nodes.node("a");
        RoomStream onA = a.open("bench", event -> heard.countDown());
        RoomStream onB = nodes.node("b").open("bench", event -> {
            int id = Integer.parseInt(event.text());
            commitNanos[id] = System.nanoTime() - sentAt[id];
        });
        long[] callNanos = new long[total];
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        long start = System.nanoTime();
        Future<?>[] done = new Future<?>[SENDERS];
        for (int s = 0; s < SENDERS; s++) {
            int sender = s;
            RoomStream stream = s % 2 == 0 ? onA : onB;
            done[s] = senders.submit(() -> {
                for (int i = 0; i < PER_SENDER; i++) {
                    int id = 1 + sender * PER_SENDER + i;
                    long before = System.nanoTime();
                    sentAt[id] = before;
                    stream.append(new EventDraft(Instant.now(), EventKind.MESSAGE, "s" + sender, Integer.toString(id)));
                    callNanos[id - 1] = System.nanoTime() - before;
                }
                return null;
            });
        }
        for (Future<?> f : done) {
            f.get(10, TimeUnit.MINUTES);
        }
        heard.await(5, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        senders.shutdown();
        System.out.printf("redis-log-benchmark fsync=%s senders=%d events=%d: %.0f appends/s; append call p50 %.2f ms"
                + " p99 %.2f ms; commit (other node heard it) p50 %.2f ms p99 %.2f ms; Redis memory %d bytes/event%n", fsync, SENDERS,
                total, total / seconds, percentile(callNanos, 50), percentile(callNanos, 99),
                percentile(Arrays.copyOfRange(commitNanos, 1, total + 1), 50),
                percentile(Arrays.copyOfRange(commitNanos, 1, total + 1), 99), a.usage().bytes() / total);
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
    }
}
