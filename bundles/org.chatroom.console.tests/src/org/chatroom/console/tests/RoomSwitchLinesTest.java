package org.chatroom.console.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatListener;
import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.client.ProtocolMode;
import org.chatroom.console.internal.ConsoleInput;
import org.chatroom.console.internal.ConsolePrinter;
import org.chatroom.testing.HostedRoom;
import org.chatroom.testing.RawRoomClient;
import org.chatroom.testing.Services;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;

/**
 * The console says who is in the room joined, and where typing goes once the room it went to is left (and who is
 * in that room, as for every room typing goes to next): after
 * {@code /join ops} with the same people as in general it printed no member list, and after {@code /part} the next
 * line went to general with nothing saying so (or, piped in at once, to the room being left, which refused it).
 * A listener after the console's holds the client's thread once the join is printed until the part is answered, as
 * a slow machine did: the console took the room the list was for from the client, which was back in general by
 * then, and printed neither list.
 */
class RoomSwitchLinesTest {

    @Test
    void aRoomJoinedHasItsMembersPrintedAndLeavingItSaysWhereTypingGoes() throws Exception {
        String ops = "ops" + System.nanoTime() % 100_000;
        try (ListeningConsole console = new ListeningConsole(); HostedRoom room = new HostedRoom();
                RawRoomClient wendy = RawRoomClient.join(new InetSocketAddress("127.0.0.1", room.port), "wendy")) {
            ChatClient client = console.client;
            ConsolePrinter printer = console.printer;
            ByteArrayOutputStream bytes = console.bytes;
            ServiceRegistration<ChatListener> slow = Services.context().registerService(ChatListener.class,
                    new SlowReader(client, ops), null);
            ConsoleInput input;
            try {
                wendy.send("CREATE " + ops); // what wendy is sent is not read: the console is under test
                wendy.send("JOIN general");
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (room.host.rooms().stream().filter(info -> info.members() == 1).count() < 2
                        && System.nanoTime() < deadline) {
                    Thread.sleep(20); // until wendy is in both rooms
                }
                client.connect(new ClientSettings("127.0.0.1", room.port, "carla", false, ProtocolMode.ROOMS,
                        Duration.ofSeconds(10), false));
                input = new ConsoleInput(client, printer, new PrintStream(OutputStream.nullOutputStream()));
                PipedLinesTest.awaitPrinted(bytes, "-- members", "carla");
                input.typed("/join " + ops);
                PipedLinesTest.awaitPrinted(bytes, "#" + ops + " ", "Joined the room " + ops);
                input.typed("/part"); // as from a pipe: the next line at once
            } finally {
                slow.unregister();
            }
            input.typed("where does this go");
            PipedLinesTest.awaitPrinted(bytes, "#general [", "<carla> where does this go");
            List<String> lines = PipedLinesTest.printed(bytes).lines().filter(line -> line.startsWith("-- "))
                    .toList();
            assertEquals(List.of("-- connecting", "-- members: wendy, carla", "-- members: wendy, carla",
                    "-- typing goes to #general", "-- members: wendy, carla"), lines,
                    "general's members, then " + ops + "'s, then where typing goes after the part and who is there:\n"
                            + PipedLinesTest.printed(bytes));
        }
    }

    /** Holds the client's thread at the notice of the room joined (printed already) until it is left. */
    private record SlowReader(ChatClient client, String room) implements ChatListener {

        @Override
        public void events(List<ChatEvent> events) {
            if (events.stream().noneMatch(e -> e.kind() == ChatEvent.Kind.NOTICE && e.room().equals(room))) {
                return;
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            try {
                while (client.room().equals(room) && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void stateChanged(ConnectionState state, String detail) {
        }
    }
}
