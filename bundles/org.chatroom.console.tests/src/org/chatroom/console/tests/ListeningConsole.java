package org.chatroom.console.tests;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ChatListener;
import org.chatroom.console.internal.ConsolePrinter;
import org.chatroom.testing.Services;
import org.osgi.framework.ServiceRegistration;

/**
 * A console's printer listening to the client service, wired as the console wires it (its name, its rooms), printing
 * into {@link #bytes}; closing it disconnects the client and waits until the printer heard it end (the console tests
 * share the client service: nothing of this test may reach the next one's printer).
 */
final class ListeningConsole implements AutoCloseable {

    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final ConsolePrinter printer = PipedLinesTest.printerTo(bytes);
    final ChatClient client = Services.require(ChatClient.class, null);
    private final ServiceRegistration<ChatListener> registration;

    ListeningConsole() {
        printer.me(client::nickname);
        printer.rooms(client::room, client::rooms);
        registration = Services.context().registerService(ChatListener.class, printer, null);
    }

    @Override
    public void close() throws InterruptedException {
        try {
            client.disconnect();
            printer.ended().await(20, TimeUnit.SECONDS);
        } finally {
            registration.unregister();
        }
    }
}
