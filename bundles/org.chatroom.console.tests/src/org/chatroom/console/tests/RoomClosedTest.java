package org.chatroom.console.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ChatListener;
import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.ProtocolMode;
import org.chatroom.console.internal.ConsolePrinter;
import org.chatroom.console.internal.EventFormatter;
import org.chatroom.testing.HostedRoom;
import org.chatroom.testing.Services;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.osgi.framework.ServiceRegistration;

/** What the console prints when the host closes the room it is in: the host's words once. */
class RoomClosedTest {

    private static final String REASON = "The host closed the room.";

    @ParameterizedTest
    @EnumSource(value = ProtocolMode.class, names = { "AUTO", "ROOMS" })
    void theHostsReasonIsPrintedOnce(ProtocolMode protocol) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ConsolePrinter printer = new ConsolePrinter(out, new EventFormatter(ZoneId.systemDefault()), LocalDate.now());
        ChatClient client = Services.require(ChatClient.class, null);
        ServiceRegistration<ChatListener> registration = Services.context().registerService(ChatListener.class,
                printer, null);
        try (HostedRoom room = new HostedRoom()) {
            client.connect(new ClientSettings("127.0.0.1", room.port, "sofia", false, protocol,
                    Duration.ofSeconds(10), false));
            awaitPrinted(bytes, "sofia");
            room.host.stop(REASON);
            assertTrue(printer.ended().await(20, TimeUnit.SECONDS), "the console ends: " + printed(bytes));
        } finally {
            client.disconnect();
            registration.unregister();
        }
        String printed = printed(bytes);
        assertEquals(1, printed.split(java.util.regex.Pattern.quote(REASON), -1).length - 1,
                "the reason once:\n" + printed);
        assertFalse(printed.contains("members: none"), "the end, not an empty room:\n" + printed);
    }

    private static void awaitPrinted(ByteArrayOutputStream bytes, String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String members = "-- members: " + text;
        while (!printed(bytes).contains(members) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(printed(bytes).contains(members), "joined: " + printed(bytes));
    }

    private static String printed(ByteArrayOutputStream bytes) {
        synchronized (bytes) {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
