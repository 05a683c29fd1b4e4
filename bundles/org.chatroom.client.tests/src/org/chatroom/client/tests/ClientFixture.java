package org.chatroom.client.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ChatListener;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;
import org.chatroom.testing.RecordingListener;

/** The ChatClient service from Declarative Services, with a {@link RecordingListener} registered on the whiteboard. */
final class ClientFixture implements AutoCloseable {

    final ChatClient client;
    final RecordingListener listener = new RecordingListener();
    private final ServiceTracker<ChatClient, ChatClient> tracker;
    private final ServiceRegistration<ChatListener> registration;

    ClientFixture() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(ClientFixture.class).getBundleContext();
        tracker = new ServiceTracker<>(context, ChatClient.class, null);
        tracker.open();
        client = tracker.waitForService(10_000);
        assertNotNull(client, "no ChatClient service: DS component of org.chatroom.client missing?");
        registration = context.registerService(ChatListener.class, listener, null);
    }

    @Override
    public void close() {
        client.disconnect();
        registration.unregister();
        tracker.close();
    }
}
