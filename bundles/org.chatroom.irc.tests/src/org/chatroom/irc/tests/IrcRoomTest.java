package org.chatroom.irc.tests;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Tests that each need a fresh room with the IRC listener beside it, open for the test and closed after it. */
abstract class IrcRoomTest {

    static final Duration BOUND = Duration.ofSeconds(60);

    IrcRoom room;

    @BeforeEach
    void openRoom() throws Exception {
        room = new IrcRoom(roomSettings(), ircSettings());
    }

    @AfterEach
    void closeRoom() throws Exception {
        room.close();
    }

    /** Settings of the room (PID {@code org.chatroom.room}) beyond the fixture's. */
    Map<String, Object> roomSettings() {
        return Map.of();
    }

    /** Settings of the IRC listener (PID {@code org.chatroom.irc}) beyond the fixture's. */
    Map<String, Object> ircSettings() {
        return Map.of();
    }
}
