package org.chatroom.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.ProtocolMode;
import org.chatroom.testing.ScriptedServer;

/**
 * A scripted {@code chatroom/2} server for one client on 127.0.0.1: the test reads what the client sends and answers
 * by hand, in an order a real room gives only by chance (an error about a message before the answer to a join). Read
 * as ISO-8859-1, so that the hello's {@code 0xFF} byte reads as {@code ÿ}.
 */
final class RoomPeer extends ScriptedServer {

    static final String TS = "2026-12-06T06:00:00.000Z";

    RoomPeer() throws IOException {
        super(StandardCharsets.ISO_8859_1, "\n");
    }

    /** Takes the client's connection and welcomes it as {@code name} after the {@code chatroom/2} hello. */
    void acceptAndWelcome(String name) throws IOException {
        accept();
        sendRaw("Please enter your name and press Enter");
        readUntil("\u00ffCHATROOM/2");
        send("CHATROOM/2 OK");
        readUntil("NICK " + name);
        send("WELCOME " + TS + " " + name);
    }

    /** Connects the fixture's client to this room as kay, to join {@code rooms} (the settings'), with reconnects. */
    void connect(ClientFixture fixture, String... rooms) {
        fixture.client.connect(new ClientSettings("127.0.0.1", port(), "kay", true, ProtocolMode.ROOMS,
                Duration.ofSeconds(5), false, "", List.of(rooms), ""));
    }

    /** Connects the fixture's client as kay and has it join room a (history up to 3); waits until it says so. */
    void inRoomA(ClientFixture fixture, Duration wait) throws Exception {
        connect(fixture, "a");
        acceptAndWelcome("kay");
        assertEquals("JOIN a", readUntil("JOIN "));
        joined("a", 3, "kay");
        fixture.listener.awaitEvent(e -> e.text().contains("Joined the room a"), wait);
    }

    /** Answers a join of {@code room}: its history ended at {@code seq}, and {@code name} is its only member. */
    void joined(String room, long seq, String name) throws IOException {
        send("JOINED " + TS + " " + room + " " + seq);
        send("MEMBERS " + TS + " " + room + " " + name);
    }
}
