package org.chatroom.client.irc.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatListener;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.client.RoomListing;
import org.osgi.service.log.Logger;

/** The {@link ChatListener} whiteboard, told in order on one thread of its own, as the chatroom client does. */
final class Listeners implements AutoCloseable {

    private final List<ChatListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "chatroom-irc-events");
        t.setDaemon(true);
        return t;
    });
    private final Logger log;

    Listeners(Logger log) {
        this.log = log;
    }

    void add(ChatListener listener) {
        listeners.add(listener);
    }

    void remove(ChatListener listener) {
        listeners.remove(listener);
    }

    void events(List<ChatEvent> events) {
        tell(listener -> listener.events(events));
    }

    void state(ConnectionState state, String detail) {
        tell(listener -> listener.stateChanged(state, detail));
    }

    /** @param channel the channel typing went to when {@code members} were taken */
    void members(String channel, List<String> members) {
        tell(listener -> listener.membersChanged(channel, members));
    }

    void roomsListed(List<RoomListing> rooms) {
        tell(listener -> listener.roomsListed(rooms));
    }

    void roomPasswordRefused(String channel, boolean wrong, String detail) {
        tell(listener -> listener.roomPasswordRefused(channel, wrong, detail));
    }

    private void tell(Consumer<ChatListener> call) {
        try {
            thread.execute(() -> listeners.forEach(listener -> {
                try {
                    call.accept(listener);
                } catch (RuntimeException e) {
                    log.error("A chat listener failed", e);
                }
            }));
        } catch (RejectedExecutionException e) {
            // closed
        }
    }

    @Override
    public void close() {
        thread.shutdown();
    }
}
