package org.chatroom.log.sqlite.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.log.RoomEventListener;

/** A listener keeping every committed event it hears, with the thread it heard it on; waits are bounded. */
final class Recorder implements RoomEventListener {

    static final Duration BOUND = Duration.ofSeconds(20);

    private final List<RoomEvent> events = new ArrayList<>();
    private final List<String> threads = new ArrayList<>();

    @Override
    public synchronized void committed(RoomEvent event) {
        events.add(event);
        threads.add(Thread.currentThread().getName());
        notifyAll();
    }

    synchronized List<RoomEvent> events() {
        return List.copyOf(events);
    }

    synchronized List<String> threads() {
        return List.copyOf(threads);
    }

    /** Waits until {@code count} events were heard. */
    List<RoomEvent> await(int count) throws InterruptedException {
        return await(heard -> heard.size() >= count);
    }

    synchronized List<RoomEvent> await(Predicate<List<RoomEvent>> condition) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!condition.test(events)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("not heard within " + BOUND + "; heard " + events.size() + " events");
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(events);
    }
}
