package org.chatroom.transport.tls.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatListener;
import org.chatroom.api.client.ConnectionState;

/** Remembers what the chat client told its listeners, with bounded waits. */
final class RecordingListener implements ChatListener {

    private final List<ChatEvent> events = new ArrayList<>();
    private final List<ConnectionState> states = new ArrayList<>();
    private final List<String> details = new ArrayList<>();

    @Override
    public synchronized void events(List<ChatEvent> batch) {
        events.addAll(batch);
        notifyAll();
    }

    @Override
    public synchronized void stateChanged(ConnectionState state, String detail) {
        states.add(state);
        details.add(detail);
        notifyAll();
    }

    synchronized ChatEvent awaitEvent(Predicate<ChatEvent> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (ChatEvent event : events) {
                if (wanted.test(event)) {
                    return event;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no such event within " + timeout + "; got " + events);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Waits for {@code wanted} to be the latest state; returns its detail. */
    synchronized String awaitState(ConnectionState wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (states.isEmpty() || states.get(states.size() - 1) != wanted) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("state " + wanted + " not reached within " + timeout + "; states " + states
                        + "; events " + events);
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return details.get(details.size() - 1);
    }

    synchronized List<ConnectionState> states() {
        return List.copyOf(states);
    }
}
