package org.chatroom.client.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

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

    /** Answers a join of {@code room}: its history ended at {@code seq}, and {@code name} is its only member. */
    void joined(String room, long seq, String name) throws IOException {
        send("JOINED " + TS + " " + room + " " + seq);
        send("MEMBERS " + TS + " " + room + " " + name);
    }
}
