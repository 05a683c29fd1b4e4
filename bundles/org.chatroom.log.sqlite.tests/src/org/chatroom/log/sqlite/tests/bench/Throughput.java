package org.chatroom.log.sqlite.tests.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.chatroom.api.log.EventDraft;
import org.chatroom.api.log.EventKind;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.api.log.RoomStream;
import org.chatroom.log.sqlite.internal.store.LogStore;

/** Appends from one thread per room, paced or not, and measures committed events/s and append-to-commit latency. */
final class Throughput {

    private static int run;

    private Throughput() {
    }

    static void run(LogStore store, String label, int rooms, int total, int perSecond) throws Exception {
        int perRoom = total / rooms;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(rooms);
        List<Thread> appenders = new ArrayList<>();
        int[] refused = new int[1];
        run++;
        long start = System.nanoTime();
        for (int r = 0; r < rooms; r++) {
            long[] sent = new long[perRoom]; // by sequence number - 1; the writer's queue orders the accesses
            int[] heard = new int[1];
            RoomStream room = store.open("bench" + run + "-" + r, event -> {
                latencies.add(System.nanoTime() - sent[(int) event.seq() - 1]);
                if (++heard[0] == perRoom) {
                    done.countDown();
                }
            });
            long interval = perSecond == 0 ? 0 : TimeUnit.SECONDS.toNanos(1) * rooms / perSecond;
            Thread appender = new Thread(() -> append(room, perRoom, interval, sent, refused));
            appenders.add(appender);
        }
        appenders.forEach(Thread::start);
        done.await(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %,d events in %.2f s = %,.0f committed/s; append->commit p50 %.2f ms, p99 %.2f ms,"
                + " max %.2f ms; overload refusals retried %,d%s%n", label, total, seconds, total / seconds,
                LogBenchmark.percentile(latencies, 0.50) / 1e6, LogBenchmark.percentile(latencies, 0.99) / 1e6,
                LogBenchmark.percentile(latencies, 1.0) / 1e6, refused[0], Load.now());
    }

    private static void append(RoomStream room, int count, long interval, long[] sent, int[] refused) {
        long next = System.nanoTime();
        for (int i = 0; i < count; i++) {
            if (interval > 0) {
                next += interval;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
            EventDraft draft = new EventDraft(Instant.now(), EventKind.MESSAGE, "sender",
                    "message number " + i + " of a benchmark run with some ordinary words");
            while (true) {
                sent[i] = System.nanoTime();
                try {
                    room.append(draft);
                    break;
                } catch (RoomLogException overloaded) {
                    synchronized (refused) {
                        refused[0]++;
                    }
                    LockSupport.parkNanos(1_000_000); // the queue is full: let the writer drain it
                }
            }
        }
    }
}
