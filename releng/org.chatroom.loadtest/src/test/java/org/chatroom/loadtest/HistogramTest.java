package org.chatroom.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HistogramTest {

    @Test
    void smallValuesAreExact() {
        Histogram h = new Histogram();
        for (int v = 1; v <= 100; v++) {
            h.record(v);
        }
        assertEquals(50, h.percentile(50));
        assertEquals(99, h.percentile(99));
        assertEquals(100, h.percentile(100));
        assertEquals(100, h.count());
    }

    @Test
    void largeValuesAreWithinOneSixtyFourth() {
        for (long v : new long[] {128, 1_000, 12_345, 987_654, 40_000_000L, 3_000_000_000L, Long.MAX_VALUE / 3}) {
            long upper = Histogram.highestEquivalent(Histogram.index(v));
            assertTrue(upper >= v, v + " must not be reported lower than it is, got " + upper);
            assertTrue(upper - v <= v / 64, v + " reported as " + upper);
        }
    }

    @Test
    void bucketsAreContiguousAndOrdered() {
        long previousUpper = -1;
        for (int i = 0; i < 64 * 40; i++) {
            long upper = Histogram.highestEquivalent(i);
            assertTrue(upper > previousUpper, "bucket " + i);
            assertEquals(i, Histogram.index(upper), "upper bound of bucket " + i + " maps back to it");
            assertEquals(i, Histogram.index(previousUpper + 1), "lower bound of bucket " + i + " maps to it");
            previousUpper = upper;
        }
    }

    @Test
    void percentilesOfASkewedDistributionAndMerging() {
        Histogram a = new Histogram();
        Histogram b = new Histogram();
        for (int i = 0; i < 990; i++) {
            a.record(1_000);
        }
        for (int i = 0; i < 10; i++) {
            b.record(50_000);
        }
        a.add(b);
        assertEquals(1000, a.count());
        assertEquals(1_000, a.percentile(50), 1_000 / 64);
        assertEquals(1_000, a.percentile(99), 1_000 / 64);
        assertEquals(50_000, a.percentile(99.9), 50_000 / 64);
        assertEquals(50_000, a.max());
    }

    @Test
    void negativeValuesCountAsZeroAndEmptyIsZero() {
        Histogram h = new Histogram();
        assertEquals(0, h.percentile(99));
        h.record(-5);
        assertEquals(0, h.percentile(100));
    }
}
