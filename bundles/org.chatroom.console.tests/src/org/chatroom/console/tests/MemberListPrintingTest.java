package org.chatroom.console.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.chatroom.api.client.ConnectionState;
import org.chatroom.console.internal.ConsolePrinter;
import org.junit.jupiter.api.Test;

/**
 * The console prints a room's member list when it is news, not on every join and leave: in an IRC channel of
 * thousands it printed every name again each time anyone came or went (and the same list twice on joining).
 */
class MemberListPrintingTest {

    @Test
    void aListIsPrintedWhenTheEventsPrintedDidNotAlreadyTellIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsolePrinter printer = PipedLinesTest.printerTo(bytes);
        printer.stateChanged(ConnectionState.CONNECTED, "");
        printer.membersChanged("general", List.of("ada")); // our own join, before the channel's names
        printer.membersChanged("general", List.of("ada"));
        printer.membersChanged("general", List.of("ada", "bob", "carol")); // the names of the channel joined
        printer.membersChanged("general", List.of("ada", "bob", "carol", "dan")); // dan joined: his join line said so
        printer.membersChanged("general", List.of("ada", "carol", "dan")); // bob left
        printer.membersChanged("general", List.of("ada", "carol", "daniel")); // dan is now daniel
        printer.typed("/names");
        printer.membersChanged("general", List.of("ada", "carol", "daniel")); // asked for: printed though unchanged
        printer.membersChanged("general", List.of("ada", "carol", "daniel"));
        printer.membersChanged("ops", List.of("ada", "eve")); // another room's members
        printer.membersChanged("general", List.of("ada", "eve")); // back: the same people, another room
        printer.membersChanged("", List.of());
        assertEquals(List.of("-- connected", "-- members: ada", "-- members: ada, bob, carol",
                "-- members: ada, carol, daniel", "-- members: ada, eve", "-- members: ada, eve",
                "-- members: none (in no room)"),
                bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void aRetryIsTheClientsReasonOnceAndConnectingPrintsNoEmptyList() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsolePrinter printer = PipedLinesTest.printerTo(bytes);
        String refused = "Cannot connect to 127.0.0.1:9: Connection refused. Reconnecting in 1 s.";
        printer.stateChanged(ConnectionState.CONNECTING, "");
        printer.membersChanged("", List.of()); // the client's list while it is in no room
        printer.stateChanged(ConnectionState.RECONNECTING, refused);
        printer.membersChanged("", List.of());
        printer.stateChanged(ConnectionState.CONNECTED, "");
        printer.membersChanged("general", List.of("ada"));
        printer.stateChanged(ConnectionState.RECONNECTING, ""); // no reason given: the state's words
        assertEquals(List.of("-- connecting", "-- " + refused, "-- connected", "-- members: ada",
                "-- connection lost, reconnecting"), bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
