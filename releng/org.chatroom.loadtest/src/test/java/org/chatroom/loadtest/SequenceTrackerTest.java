package org.chatroom.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SequenceTrackerTest {

    @Test
    void inOrderArrivalsAreAllUnique() {
        SequenceTracker t = new SequenceTracker();
        for (long s = 0; s < 1000; s++) {
            assertTrue(t.receive(s));
        }
        assertEquals(1000, t.unique());
        assertEquals(0, t.duplicates());
        assertEquals(0, t.reordered());
    }

    @Test
    void gapsDuplicatesAndLateArrivals() {
        SequenceTracker t = new SequenceTracker();
        t.receive(0);
        t.receive(1);
        t.receive(5); // 2, 3, 4 missing so far
        assertFalse(t.receive(5), "second 5 is a duplicate");
        assertFalse(t.receive(1), "second 1 is a duplicate");
        assertTrue(t.receive(3), "3 arrives late: counted once");
        assertFalse(t.receive(3));
        assertEquals(4, t.unique());
        assertEquals(3, t.duplicates());
        assertEquals(1, t.reordered());
    }

    @Test
    void farLateArrivalsCountAsReordered() {
        SequenceTracker t = new SequenceTracker();
        t.receive(200);
        assertTrue(t.receive(10));
        assertEquals(2, t.unique());
        assertEquals(1, t.reordered());
    }
}
