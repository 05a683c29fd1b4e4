package org.chatroom.console.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.chatroom.api.client.ConnectionState;
import org.chatroom.console.internal.ConsolePrinter;
import org.junit.jupiter.api.Test;

/**
 * A long outage prints the lost connection and the failed tries numbered 1, 2, 4, 8 and so on, not each: the client
 * tries every 30 s at most, about 1,000 lines in a night without the room.
 */
class RetryLinesTest {

    @Test
    void aLongOutagePrintsItsTriesOneTwoFourAndSoOnThenTheConnection() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsolePrinter printer = PipedLinesTest.printerTo(bytes);
        printer.stateChanged(ConnectionState.CONNECTING, "");
        printer.stateChanged(ConnectionState.CONNECTED, "");
        printer.stateChanged(ConnectionState.RECONNECTING, "Connection lost: closed by peer. Reconnecting in 1 s.");
        for (int i = 1; i <= 1100; i++) {
            printer.stateChanged(ConnectionState.RECONNECTING, "Cannot connect to h:1: refused. Reconnecting in 30 s.");
        }
        printer.stateChanged(ConnectionState.CONNECTED, "");
        List<String> expected = new ArrayList<>(List.of("-- connecting", "-- connected",
                "-- Connection lost: closed by peer. Reconnecting in 1 s.",
                "-- Cannot connect to h:1: refused. Reconnecting in 30 s."));
        for (int tries = 2; tries <= 1024; tries *= 2) {
            expected.add("-- Cannot connect to h:1: refused. Reconnecting in 30 s. Tries so far: " + tries + ".");
        }
        expected.add("-- connected");
        assertEquals(expected, bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }

    /** The README said the console names the variable for the password; it said only "disconnected: ...". */
    @Test
    void aRefusedPasswordSaysWhereToGiveIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsolePrinter printer = PipedLinesTest.printerTo(bytes);
        printer.stateChanged(ConnectionState.CONNECTING, "");
        printer.passwordRefused(false, "This room needs a password.");
        printer.stateChanged(ConnectionState.DISCONNECTED, "This room needs a password.");
        assertEquals(List.of("-- connecting", "-- disconnected: This room needs a password.",
                "-- Give the room's password in the environment variable CHATROOM_CLIENT_PASSWORD and start again"
                        + " (never on the command line)."),
                bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
