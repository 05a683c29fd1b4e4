package org.chatroom.log.sqlite.tests.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.api.log.RoomStream;

/** Catch-up and search timings on a filled room. */
final class Reads {

    private Reads() {
    }

    /** A member who missed 10,000 events: one {@code after} of 10,000 at random places, 20 times. */
    static void catchUp(RoomStream room, long last) throws RoomLogException {
        Random random = new Random(7);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long from = (long) (random.nextDouble() * (last - 10_000));
            long start = System.nanoTime();
            List<RoomEvent> missed = room.after(from, 10_000);
            times.add(System.nanoTime() - start);
            if (missed.size() != 10_000) {
                throw new AssertionError("catch-up returned " + missed.size());
            }
        }
        System.out.printf("catch-up of 10,000 events: median %.1f ms, max %.1f ms (20 runs)%s%n",
                LogBenchmark.percentile(times, 0.5) / 1e6, LogBenchmark.percentile(times, 1.0) / 1e6, Load.now());
    }

    /** Searches for 50 hits: one common word, two common words, a rare word, a word that is nowhere. */
    static void search(RoomStream room) throws RoomLogException {
        List<String> words = Words.vocabulary(new Random(42)); // the fill's vocabulary, most common first
        String[][] queries = {{"one common word", words.get(0)}, {"two common words", words.get(1) + " " + words.get(3)},
            {"a word of rank 5,000", words.get(5_000)}, {"two rank-100 words", words.get(100) + " " + words.get(101)},
            {"a word that is nowhere", "zzzzzzzzzzzz"}};
        for (String[] query : queries) {
            List<Long> times = new ArrayList<>();
            int hits = 0;
            for (int i = 0; i < 30; i++) {
                long start = System.nanoTime();
                hits = room.search(query[1], 50).size();
                times.add(System.nanoTime() - start);
            }
            System.out.printf("search, %s (%d hits, max 50): median %.2f ms, max %.2f ms%s%n", query[0], hits,
                    LogBenchmark.percentile(times, 0.5) / 1e6, LogBenchmark.percentile(times, 1.0) / 1e6, Load.now());
        }
    }
}
