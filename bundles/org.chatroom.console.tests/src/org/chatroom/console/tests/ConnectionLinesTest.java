package org.chatroom.console.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ChatListener;
import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.ProtocolMode;
import org.chatroom.console.internal.ConsolePrinter;
import org.chatroom.testing.HostedRoom;
import org.chatroom.testing.Services;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;

/**
 * The connection is told once: the console printed "-- connected" right after the client's own "Connected as ada.",
 * the same news twice. The state line stays for a client that tells nothing itself ({@link RetryLinesTest}).
 */
class ConnectionLinesTest {

    @Test
    void theClientsNoticeTellsTheConnectionAndTheStateLineDoesNotRepeatIt() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsolePrinter printer = PipedLinesTest.printerTo(bytes);
        ChatClient client = Services.require(ChatClient.class, null);
        printer.me(client::nickname); // as the console does
        ServiceRegistration<ChatListener> registration = Services.context().registerService(ChatListener.class,
                printer, null);
        try (HostedRoom room = new HostedRoom()) {
            client.connect(new ClientSettings("127.0.0.1", room.port, "herald", false, ProtocolMode.ROOMS,
                    Duration.ofSeconds(10), false));
            PipedLinesTest.awaitPrinted(bytes, "-- members", "herald");
            client.send("and now a word"); // what the client tells after the join is printed by now
            PipedLinesTest.awaitPrinted(bytes, "#general [", "<herald> and now a word");
            List<String> lines = PipedLinesTest.printed(bytes).lines()
                    .map(line -> line.replaceAll("\\[\\d\\d:\\d\\d:\\d\\d\\] ", "")).toList();
            assertEquals(List.of("-- connecting", "-- Connected as herald.", "#general -- Joined the room general.",
                    "-- members: herald", "#general <herald> and now a word"), lines);
        } finally {
            client.disconnect();
            printer.ended().await(20, TimeUnit.SECONDS);
            registration.unregister();
        }
    }
}
