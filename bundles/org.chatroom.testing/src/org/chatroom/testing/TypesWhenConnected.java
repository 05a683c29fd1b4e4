package org.chatroom.testing;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatListener;
import org.chatroom.api.client.ConnectionState;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * A user who types a line the moment the client says it is connected, as people do when the status line changes:
 * a {@link ChatListener} that sends {@code text} on the first {@code CONNECTED}, from the client's own notification.
 * Registered on the whiteboard while open.
 */
public final class TypesWhenConnected implements ChatListener, AutoCloseable {

    private final ChatClient client;
    private final String text;
    private final AtomicBoolean accepted = new AtomicBoolean();
    /** Counted down when a send of the line has returned. */
    private final CountDownLatch sent = new CountDownLatch(1);
    private final ServiceRegistration<ChatListener> registration;

    public TypesWhenConnected(BundleContext context, ChatClient client, String text) {
        this.client = client;
        this.text = text;
        this.registration = context.registerService(ChatListener.class, this, null);
    }

    @Override
    public void events(List<ChatEvent> events) {
        // a recording listener keeps them
    }

    @Override
    public void stateChanged(ConnectionState state, String detail) {
        if (state == ConnectionState.CONNECTED && !accepted.get()) {
            accepted.set(client.send(text));
            sent.countDown();
        }
    }

    /**
     * Whether the client took the line ({@link ChatClient#send} said true), once a send has returned (at most 10 s):
     * the line can reach the other side before {@code send} returns here.
     */
    public boolean accepted() {
        try {
            sent.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return accepted.get();
    }

    @Override
    public void close() {
        registration.unregister();
    }
}
