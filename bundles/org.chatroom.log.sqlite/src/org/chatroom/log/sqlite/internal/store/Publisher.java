package org.chatroom.log.sqlite.internal.store;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.log.RoomEventListener;

/**
 * Hands committed events to their rooms' listeners on a thread of its own, in commit order. The writer never waits
 * for a listener: a listener may take a lock (the room's) whose holder waits for the writer (a setting, a retention,
 * a new room), and with the listener on the writer's thread both would wait for each other.
 */
final class Publisher {

    private static final Runnable STOP = () -> { };

    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final Problems problems;
    private final Thread thread;

    Publisher(String name, Problems problems) {
        this.problems = problems;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Queues one batch's events; each goes to the listener its room has when it is handed over (none once closed).
     * {@code delivered} runs after the last of them.
     */
    void publish(List<RoomState> rooms, List<RoomEvent> events, Runnable delivered) {
        queue.add(() -> {
            for (int i = 0; i < events.size(); i++) {
                RoomState room = rooms.get(i);
                RoomEventListener listener = room.listener();
                if (listener != null) {
                    try {
                        listener.committed(events.get(i));
                    } catch (RuntimeException e) {
                        problems.listenerFailed(room.name, e);
                    }
                }
            }
            delivered.run();
        });
    }

    private void run() {
        try {
            for (Runnable next = queue.take(); next != STOP; next = queue.take()) {
                next.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Hands over what is queued, then stops the thread (waits for it at most {@code timeout}). */
    void stop(Duration timeout) throws InterruptedException {
        queue.add(STOP);
        thread.join(timeout.toMillis());
    }
}
