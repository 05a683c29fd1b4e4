package org.chatroom.console.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.ProtocolMode;
import org.chatroom.testing.HostedRoom;
import org.junit.jupiter.api.Test;

/**
 * The connection is told once: the console printed "-- connected" right after the client's own "Connected as ada.",
 * the same news twice. The state line stays for a client that tells nothing itself ({@link RetryLinesTest}).
 */
class ConnectionLinesTest {

    @Test
    void theClientsNoticeTellsTheConnectionAndTheStateLineDoesNotRepeatIt() throws Exception {
        try (ListeningConsole console = new ListeningConsole(); HostedRoom room = new HostedRoom()) {
            ChatClient client = console.client;
            ByteArrayOutputStream bytes = console.bytes;
            client.connect(new ClientSettings("127.0.0.1", room.port, "herald", false, ProtocolMode.ROOMS,
                    Duration.ofSeconds(10), false));
            PipedLinesTest.awaitPrinted(bytes, "-- members", "herald");
            client.send("and now a word"); // what the client tells after the join is printed by now
            PipedLinesTest.awaitPrinted(bytes, "#general [", "<herald> and now a word");
            // the history of general is what tests before this one said there (the room log outlives each room)
            List<String> lines = PipedLinesTest.printed(bytes).lines().filter(line -> !line.endsWith(" (history)"))
                    .map(line -> line.replaceAll("\\[\\d\\d:\\d\\d:\\d\\d\\] ", "")).toList();
            assertEquals(List.of("-- connecting", "-- Connected as herald.", "#general -- Joined the room general.",
                    "-- members: herald", "#general <herald> and now a word"), lines);
        }
    }
}
