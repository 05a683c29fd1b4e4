package org.chatroom.log.redis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.log.EventDraft;
import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.log.RoomEventListener;
import org.chatroom.api.log.RoomLogException;

/**
 * A listener that keeps what it is given (committed events, and drafts refused after they were accepted) and lets a
 * test wait (bounded) for a number of events.
 */
class Recorder implements RoomEventListener {

    private final List<RoomEvent> events = new ArrayList<>();
    private final List<EventDraft> refused = new ArrayList<>();
    private String refusal;

    @Override
    public synchronized void refused(EventDraft draft, RoomLogException why) {
        refused.add(draft);
        refusal = why.getMessage();
        notifyAll();
    }

    /** Waits until {@code count} drafts were refused, at most {@code seconds}; returns the last reason. */
    synchronized String awaitRefused(int count, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long left;
        while (refused.size() < count && (left = deadline - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        assertEquals(count, refused.size(), "drafts refused within " + seconds + " s: " + refused);
        return refusal;
    }

    /** The drafts refused after they were accepted, so far. */
    synchronized List<EventDraft> refused() {
        return List.copyOf(refused);
    }

    @Override
    public synchronized void committed(RoomEvent event) {
        events.add(event);
        notifyAll();
    }

    synchronized List<RoomEvent> events() {
        return List.copyOf(events);
    }

    /** Waits until at least {@code count} events arrived, at most {@code seconds}; returns them all. */
    synchronized List<RoomEvent> await(int count, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long left;
        while (events.size() < count && (left = deadline - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        assertTrue(events.size() >= count, "only " + events.size() + " of " + count + " events within " + seconds
                + " s");
        return List.copyOf(events);
    }

    /** The events are numbered 1, 2, 3... with no gap and no duplicate. */
    static void assertGapFree(List<RoomEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            assertEquals(i + 1, events.get(i).seq(), "event " + i + " of " + events.size());
        }
    }
}
