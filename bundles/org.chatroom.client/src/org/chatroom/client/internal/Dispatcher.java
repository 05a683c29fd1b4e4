package org.chatroom.client.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatListener;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.client.RoomListing;
import org.osgi.service.log.Logger;

/**
 * Tells the {@link ChatListener}s, on one thread of its own and in order, what happened. Consecutive events are
 * handed over as one batch, so a flooding room costs listeners one call per burst, not one per message.
 */
final class Dispatcher implements AutoCloseable {

    private static final int MAX_BATCH = 4096;

    private record StateChange(ConnectionState state, String detail) {
    }

    private record MembersChange(String room, List<String> members) {
    }

    private record Welcome(ChatListener listener) {
    }

    private record Listing(List<RoomListing> rooms) {
    }

    private record PasswordRefused(boolean wrong, String detail) {
    }

    private record RoomPasswordRefused(String room, boolean wrong, String detail) {
    }

    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final List<ChatListener> listeners = new CopyOnWriteArrayList<>();
    private final Logger log;
    private final Thread thread;
    private volatile boolean running = true;
    private StateChange lastState = new StateChange(ConnectionState.DISCONNECTED, "");
    private MembersChange lastMembers = new MembersChange("", List.of());

    Dispatcher(Logger log) {
        this.log = log;
        this.thread = new Thread(this::run, "chatroom-client-events");
        thread.setDaemon(true);
        thread.start();
    }

    void add(ChatListener listener) {
        listeners.add(listener);
        queue.add(new Welcome(listener));
    }

    void remove(ChatListener listener) {
        listeners.remove(listener);
    }

    void event(ChatEvent event) {
        queue.add(event);
    }

    void state(ConnectionState state, String detail) {
        queue.add(new StateChange(state, detail == null ? "" : detail));
    }

    /** @param room the room typing went to when {@code members} were taken */
    void members(String room, List<String> members) {
        queue.add(new MembersChange(room, List.copyOf(members)));
    }

    /** The room list asked for with {@link org.chatroom.api.client.ChatClient#listRooms()}. */
    void roomsListed(List<RoomListing> rooms) {
        queue.add(new Listing(List.copyOf(rooms)));
    }

    /** The room refused the connection for its password. */
    void passwordRefused(boolean wrong, String detail) {
        queue.add(new PasswordRefused(wrong, detail));
    }

    /** A room the user asked to join refused for its password. */
    void roomPasswordRefused(String room, boolean wrong, String detail) {
        queue.add(new RoomPasswordRefused(room, wrong, detail));
    }

    private void run() {
        List<Object> drained = new ArrayList<>();
        while (running) {
            try {
                Object first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                drained.add(first);
                queue.drainTo(drained, MAX_BATCH);
                deliver(drained);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                drained.clear();
            }
        }
    }

    private void deliver(List<Object> items) {
        List<ChatEvent> batch = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof ChatEvent event) {
                batch.add(event);
                continue;
            }
            flush(batch);
            if (item instanceof StateChange change) {
                lastState = change;
                if (change.state() == ConnectionState.DISCONNECTED) {
                    // no room, no members: a listener registered from now on was told the last room's members
                    lastMembers = new MembersChange("", List.of());
                }
                listeners.forEach(l -> call(() -> l.stateChanged(change.state(), change.detail())));
            } else if (item instanceof MembersChange change) {
                lastMembers = change;
                listeners.forEach(l -> call(() -> l.membersChanged(change.room(), change.members())));
            } else if (item instanceof PasswordRefused refused) {
                listeners.forEach(l -> call(() -> l.passwordRefused(refused.wrong(), refused.detail())));
            } else if (item instanceof RoomPasswordRefused refused) {
                listeners.forEach(l -> call(() -> l.roomPasswordRefused(refused.room(), refused.wrong(),
                        refused.detail())));
            } else if (item instanceof Listing listing) {
                listeners.forEach(l -> call(() -> l.roomsListed(listing.rooms())));
            } else if (item instanceof Welcome welcome) {
                // a listener registered late first learns where things stand
                call(() -> welcome.listener().stateChanged(lastState.state(), lastState.detail()));
                call(() -> welcome.listener().membersChanged(lastMembers.room(), lastMembers.members()));
            }
        }
        flush(batch);
    }

    private void flush(List<ChatEvent> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<ChatEvent> events = List.copyOf(batch);
        batch.clear();
        listeners.forEach(l -> call(() -> l.events(events)));
    }

    private void call(Runnable notification) {
        try {
            notification.run();
        } catch (RuntimeException e) {
            log.error("A chat listener failed", e);
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
