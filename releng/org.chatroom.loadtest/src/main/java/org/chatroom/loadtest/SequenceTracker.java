package org.chatroom.loadtest;

/**
 * What one receiver got from one sender: each sequence number is counted once. Arrivals below the highest one
 * seen are checked against the last 64 numbers: a number seen before is a duplicate, one not seen before arrived
 * late (reordered). Numbers further back than 64 are counted as reordered without the duplicate check.
 */
final class SequenceTracker {

    private static final int WINDOW = Long.SIZE;

    private long next;
    /** Bit i set: sequence number {@code next - 1 - i} was received. */
    private long seen;
    private long unique;
    private long duplicates;
    private long reordered;

    /** Records sequence number {@code seq}; returns true if it is the first arrival of that number. */
    boolean receive(long seq) {
        if (seq >= next) {
            long advance = seq - next + 1;
            seen = advance >= WINDOW ? 0 : seen << advance;
            seen |= 1;
            next = seq + 1;
            unique++;
            return true;
        }
        long back = next - 1 - seq;
        if (back < WINDOW) {
            long bit = 1L << back;
            if ((seen & bit) != 0) {
                duplicates++;
                return false;
            }
            seen |= bit;
        }
        reordered++;
        unique++;
        return true;
    }

    long unique() {
        return unique;
    }

    long duplicates() {
        return duplicates;
    }

    long reordered() {
        return reordered;
    }
}
