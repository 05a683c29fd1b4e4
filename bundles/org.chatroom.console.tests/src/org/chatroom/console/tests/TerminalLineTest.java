package org.chatroom.console.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.ProtocolMode;
import org.chatroom.console.internal.ConsoleInput;
import org.chatroom.testing.HostedRoom;
import org.junit.jupiter.api.Test;

/**
 * Found by using the product: a paste longer than a terminal passes in one line (4,095 bytes on Linux) reached the
 * room cut, as if whole, the rest dropped by the terminal without a word. From a terminal such a line is not sent,
 * and the console says why; a shorter one goes as typed.
 */
class TerminalLineTest {

    @Test
    void aLineTheTerminalCutIsNotSentAndAShorterOneIs() throws Exception {
        ByteArrayOutputStream refused = new ByteArrayOutputStream();
        try (ListeningConsole console = new ListeningConsole(); HostedRoom room = new HostedRoom()) {
            console.client.connect(new ClientSettings("127.0.0.1", room.port, "paster", false, ProtocolMode.ROOMS,
                    Duration.ofSeconds(10), false));
            ConsoleInput input = new ConsoleInput(console.client, console.printer,
                    new PrintStream(refused, true, StandardCharsets.UTF_8), true);
            String cut = "é".repeat(2047) + "x"; // 4,095 bytes: where a terminal stops
            assertTrue(input.typed(cut));
            assertEquals("Not sent: the line reached the 4095 bytes a terminal passes in one line, and the terminal "
                    + "dropped the rest of what was pasted. Paste it in shorter parts, or pipe it in: chatroom "
                    + "--console ... < FILE", refused.toString(StandardCharsets.UTF_8).strip());
            String whole = "z".repeat(4094);
            input.typed(whole);
            PipedLinesTest.awaitPrinted(console.bytes, "#general [", "<paster> " + whole);
            assertTrue(!PipedLinesTest.printed(console.bytes).contains("é".repeat(2047)), "the cut line reached "
                    + "nobody");
        }
    }
}
