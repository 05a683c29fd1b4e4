package org.chatroom.client.irc.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.List;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ChatListener;
import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.ProtocolMode;
import org.chatroom.testing.RecordingListener;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/** The ChatClient service a UI gets (the IRC bundle's protocol switch), with a recording listener on the whiteboard. */
final class IrcFixture implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);
    /** The IRC bundle's ChatClient (IrcMetatypeTest checks that it is the one a UI gets). */
    static final String SWITCH = "(&(objectClass=org.chatroom.api.client.ChatClient)(chat.client=protocol-switch))";

    final ChatClient client;
    final RecordingListener listener = new RecordingListener();
    private final ServiceTracker<ChatClient, ChatClient> tracker;
    private final ServiceRegistration<ChatListener> registration;

    IrcFixture() throws InterruptedException, InvalidSyntaxException {
        BundleContext context = FrameworkUtil.getBundle(IrcFixture.class).getBundleContext();
        tracker = new ServiceTracker<>(context, context.createFilter(SWITCH), null);
        tracker.open();
        client = tracker.waitForService(10_000);
        assertNotNull(client, "no ChatClient service of the IRC bundle");
        registration = context.registerService(ChatListener.class, listener, null);
    }

    static ClientSettings irc(int port, String nick, boolean reconnect, String... channels) {
        return new ClientSettings("127.0.0.1", port, nick, reconnect, ProtocolMode.AUTO, Duration.ofSeconds(5))
                .forIrc(List.of(channels), "");
    }

    @Override
    public void close() {
        client.disconnect();
        registration.unregister();
        tracker.close();
    }
}
