package org.chatroom.loadtest;

/**
 * A log-linear histogram of non-negative values (HdrHistogram's bucketing, written small): exact below 128,
 * then 64 buckets per power of two, so every recorded value is known to within 1/64 (1.6 %).
 * Not thread-safe: each I/O thread records into its own and they are merged at the end.
 */
final class Histogram {

    private static final int SUB_BITS = 6;
    private static final int SUB_COUNT = 1 << SUB_BITS;

    private final long[] counts = new long[(Long.SIZE - SUB_BITS + 1) * SUB_COUNT];
    private long total;
    private long max;

    void record(long value) {
        long v = Math.max(0, value);
        counts[index(v)]++;
        total++;
        max = Math.max(max, v);
    }

    void add(Histogram other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        total += other.total;
        max = Math.max(max, other.max);
    }

    long count() {
        return total;
    }

    long max() {
        return max;
    }

    /**
     * The value at {@code percent} (0 < percent <= 100): the highest value of the bucket holding that rank,
     * never more than the largest value recorded; 0 when empty.
     */
    long percentile(double percent) {
        if (total == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(percent / 100.0 * total));
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return Math.min(highestEquivalent(i), max);
            }
        }
        return max;
    }

    static int index(long value) {
        if (value < 2 * SUB_COUNT) {
            return (int) value;
        }
        int shift = Long.SIZE - 1 - Long.numberOfLeadingZeros(value) - SUB_BITS;
        return (shift + 1) * SUB_COUNT + (int) ((value >>> shift) - SUB_COUNT);
    }

    static long highestEquivalent(int index) {
        if (index < 2 * SUB_COUNT) {
            return index;
        }
        int shift = index / SUB_COUNT - 1;
        long sub = index % SUB_COUNT + SUB_COUNT;
        return ((sub + 1) << shift) - 1;
    }
}
