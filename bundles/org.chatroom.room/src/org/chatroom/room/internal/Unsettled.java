package org.chatroom.room.internal;

import java.util.ArrayDeque;
import java.util.TreeSet;

/**
 * One member's room messages, actions and notices that the log has not committed yet ({@link SaidInFlight}), each by
 * its number, and what waits for those said before it: the member's private messages, which otherwise reached their
 * recipient before a room message said just before them. A private message waits for what was said before it only,
 * not for what was said after it. Under the lobby's lock.
 */
final class Unsettled {

    private record Waiting(long after, Runnable task) {
    }

    private long said;
    private final TreeSet<Long> open = new TreeSet<>();
    private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();

    /** One more is on its way to the log: @return its number, for {@link #settled} */
    long said() {
        open.add(++said);
        return said;
    }

    /** Number {@code number} was committed, or will never be: what waited for it and those before it runs, in order. */
    void settled(long number) {
        open.remove(number);
        while (!waiting.isEmpty() && due(waiting.peek().after)) {
            waiting.poll().task.run();
        }
    }

    /** Runs {@code task} once what was said so far is settled: now, when it is. */
    void then(Runnable task) {
        if (waiting.isEmpty() && due(said)) {
            task.run();
        } else {
            waiting.add(new Waiting(said, task));
        }
    }

    private boolean due(long after) {
        return open.isEmpty() || open.first() > after;
    }
}
