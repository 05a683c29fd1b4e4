// The H2 MVStore side of the room log benchmark (releng/scripts/log-benchmark.sh --h2): the same shape as the SQLite
// backend (one writer thread draining a queue, one commit and one disk sync per batch, listeners after the sync),
// so that the figures compare the engines. Run with the source launcher: java -cp h2-2.5.252.jar H2LogBench.java DIR N
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

public class H2LogBench {

    record Append(MVMap<Long, String> room, long seq, String value, Runnable committed) {
    }

    /** Ends the writer after what came before (an interrupt could land in a file write and close the channel). */
    static final Append STOP = new Append(null, 0, null, null);

    static void stop(Thread writer, LinkedBlockingQueue<Append> queue) throws InterruptedException {
        queue.put(STOP);
        writer.join();
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int stored = Integer.parseInt(args[1]);
        Files.createDirectories(folder);
        Path file = folder.resolve("roomlog.mv.db");
        Files.deleteIfExists(file);
        System.out.printf("H2 MVStore %s, %s%n", org.h2.engine.Constants.FULL_VERSION, file);
        MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
        throughput(store, "unpaced, 10 rooms x 1 appender", 10, 200_000, 0);
        throughput(store, "paced 2,400 events/s", 10, 24_000, 2_400);
        // fill through the same writer, unpaced
        Random random = new Random(42);
        long start = System.nanoTime();
        MVMap<Long, String> big = store.openMap("big");
        LinkedBlockingQueue<Append> queue = new LinkedBlockingQueue<>(100_000);
        CountDownLatch filled = new CountDownLatch(1);
        Thread writer = writer(store, queue);
        for (long seq = 1; seq <= stored; seq++) {
            String text = sentence(random);
            queue.put(new Append(big, seq, System.currentTimeMillis() + "|MESSAGE|member|" + text,
                    seq == stored ? filled::countDown : null));
        }
        filled.await();
        stop(writer, queue);
        System.out.printf("filled %,d messages in %.1f s%n", stored, (System.nanoTime() - start) / 1e9);
        store.close();

        start = System.nanoTime();
        store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
        big = store.openMap("big");
        long last = big.lastKey();
        System.out.printf("open with %,d stored events: %.0f ms (to last key %,d)%n", stored,
                (System.nanoTime() - start) / 1e6, last);
        List<Long> times = new ArrayList<>();
        Random places = new Random(7);
        for (int i = 0; i < 20; i++) {
            long from = (long) (places.nextDouble() * (last - 10_000));
            long t0 = System.nanoTime();
            Cursor<Long, String> cursor = big.cursor(from + 1);
            List<String> missed = new ArrayList<>();
            while (missed.size() < 10_000 && cursor.hasNext()) {
                cursor.next();
                missed.add(cursor.getValue());
            }
            times.add(System.nanoTime() - t0);
        }
        System.out.printf("catch-up of 10,000 events: median %.1f ms, max %.1f ms (20 runs)%n",
                percentile(times, 0.5) / 1e6, percentile(times, 1.0) / 1e6);
        // no full-text index: a search scans backwards from the newest event until it has 50 hits
        for (String word : new String[] {"qq", "zzzzzzzzzzzz"}) {
            long t0 = System.nanoTime();
            int hits = 0;
            Iterator<Long> keys = big.keyIteratorReverse(last);
            while (hits < 50 && keys.hasNext()) {
                if (big.get(keys.next()).contains(" " + word + " ")) {
                    hits++;
                }
            }
            System.out.printf("search by scanning for '%s' (%d hits): %.0f ms%n", word, hits,
                    (System.nanoTime() - t0) / 1e6);
        }
        store.close();
        System.out.printf("disk: %,d bytes, %.0f bytes per stored event%n", Files.size(file),
                Files.size(file) / (double) stored);
    }

    static Thread writer(MVStore store, LinkedBlockingQueue<Append> queue) {
        Thread writer = new Thread(() -> {
            List<Append> batch = new ArrayList<>();
            try {
                for (boolean stop = false; !stop;) {
                    batch.add(queue.take());
                    queue.drainTo(batch, 4095);
                    stop = batch.remove(STOP);
                    for (Append append : batch) {
                        append.room().put(append.seq(), append.value());
                    }
                    store.commit();
                    store.sync();
                    for (Append append : batch) {
                        if (append.committed() != null) {
                            append.committed().run();
                        }
                    }
                    batch.clear();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "h2 writer");
        writer.start();
        return writer;
    }

    static void throughput(MVStore store, String label, int rooms, int total, int perSecond) throws Exception {
        LinkedBlockingQueue<Append> queue = new LinkedBlockingQueue<>(100_000);
        Thread writer = writer(store, queue);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(total);
        List<Thread> appenders = new ArrayList<>();
        long start = System.nanoTime();
        for (int r = 0; r < rooms; r++) {
            MVMap<Long, String> room = store.openMap(label.hashCode() + "-" + r);
            long interval = perSecond == 0 ? 0 : TimeUnit.SECONDS.toNanos(1) * rooms / perSecond;
            appenders.add(new Thread(() -> {
                long next = System.nanoTime();
                for (long seq = 1; seq <= total / rooms; seq++) {
                    if (interval > 0) {
                        next += interval;
                        LockSupport.parkNanos(next - System.nanoTime());
                    }
                    long sent = System.nanoTime();
                    try {
                        queue.put(new Append(room, seq, System.currentTimeMillis() + "|MESSAGE|sender|message number "
                                + seq + " of a benchmark run with some ordinary words", () -> {
                                    latencies.add(System.nanoTime() - sent);
                                    done.countDown();
                                }));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }));
        }
        appenders.forEach(Thread::start);
        done.await(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        stop(writer, queue);
        System.out.printf("%s: %,d events in %.2f s = %,.0f committed/s; append->commit p50 %.2f ms, p99 %.2f ms,"
                + " max %.2f ms%n", label, total, seconds, total / seconds, percentile(latencies, 0.5) / 1e6,
                percentile(latencies, 0.99) / 1e6, percentile(latencies, 1.0) / 1e6);
    }

    static List<String> vocabulary;

    static String sentence(Random random) {
        if (vocabulary == null) {
            vocabulary = new ArrayList<>();
            Random words = new Random(42);
            for (int i = 0; i < 20_000; i++) {
                StringBuilder word = new StringBuilder();
                int length = 2 + words.nextInt(8);
                for (int c = 0; c < length; c++) {
                    word.append((char) ('a' + words.nextInt(26)));
                }
                vocabulary.add(word.toString());
            }
        }
        StringBuilder sentence = new StringBuilder();
        int count = 3 + random.nextInt(18);
        for (int i = 0; i < count; i++) {
            int rank = (int) Math.floor(Math.pow(vocabulary.size() + 1, random.nextDouble())) - 1;
            sentence.append(i > 0 ? " " : "").append(vocabulary.get(Math.max(0, Math.min(vocabulary.size() - 1, rank))));
        }
        return sentence.toString();
    }

    static double percentile(List<Long> values, double p) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }
}
