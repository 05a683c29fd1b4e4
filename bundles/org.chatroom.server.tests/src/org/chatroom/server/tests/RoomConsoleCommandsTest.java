package org.chatroom.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.time.Duration;

import org.chatroom.api.log.LogUsage;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.RoomLine;
import org.chatroom.protocol.ServerEvent;
import org.chatroom.server.internal.ConsoleCommands;
import org.chatroom.testing.HostedRoom;
import org.chatroom.testing.RawRoomClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The host's room commands on the server console against the real room service, which keeps its rooms in the
 * product's room log (SQLite, in this test run's data folder): list, create, close, per-room retention that holds,
 * lines for original clients, and the disk use of the history.
 */
class RoomConsoleCommandsTest {

    private static final Duration BOUND = Duration.ofSeconds(60);
    private HostedRoom hosted;
    private ConsoleCommands console;

    @BeforeEach
    void host() throws Exception {
        hosted = new HostedRoom();
        console = new ConsoleCommands(hosted.host, reason -> {
            throw new AssertionError("not stopped here");
        });
    }

    @AfterEach
    void stop() {
        hosted.close();
    }

    @Test
    void theHostListsCreatesAndClosesRooms() {
        assertTrue(console.run("rooms").startsWith("1 room:" + System.lineSeparator() + "  general: "),
                console.run("rooms"));
        assertEquals("Created room lists.", console.run("create lists"));
        assertTrue(console.run("create lists").contains("lists"), "a second create is refused, naming the room");
        assertTrue(console.run("create /slash").contains("Room names"), "a bad name is refused with the rule it breaks");
        assertEquals("Usage: create ROOM (a room name has no spaces)", console.run("create bad name"),
                "it created the room bad, the rest dropped");
        assertTrue(console.run("rooms").contains("lists: no members, last event "), console.run("rooms"));
        assertTrue(console.run("rooms").contains("keeps all its events; no topic"), console.run("rooms"));
        assertTrue(console.run("close general").contains("general"), "the default room cannot be closed");
        assertEquals("Closed room lists; its history is deleted.", console.run("close lists bye"));
        assertEquals("There is no room lists.", console.run("close lists"));
        assertFalse(console.run("rooms").contains("lists:"));
        assertTrue(console.run("create").startsWith("Usage: create"));
    }

    @Test
    void aRoomsRetentionHoldsAndTheDiskUseIsShown() {
        assertTimeoutPreemptively(BOUND, () -> {
            console.run("create kept");
            assertEquals("Room kept keeps its last 5 events.", console.run("retention kept 5 0"));
            assertEquals("Room kept keeps its events of the last 30 days.", console.run("retention kept 0 30"));
            assertEquals("Room kept keeps its last 5 events, none older than 1 day.",
                    console.run("retention kept 5 1"));
            console.run("retention kept 5 0");
            for (int i = 0; i < 40; i++) {
                assertTrue(hosted.host.topic("kept", "topic " + i));
            }
            // the topic changes once its event is committed: poll (bounded by the timeout) until the last one was,
            // and until the log trimmed after its commits
            while (!topicOf("kept").equals("topic 39")) {
                Thread.sleep(20);
            }
            long kept = 41;
            while (kept > 5) {
                kept = usage().events().getOrDefault("kept", 0L);
                Thread.sleep(20);
            }
            assertEquals(5, kept);
            String disk = console.run("disk");
            assertTrue(disk.startsWith("History: ") && disk.contains("roomlog.db") && disk.contains("kept 5"), disk);
            assertTrue(usage().bytes() > 0);
            assertTrue(console.run("retention kept nonsense").startsWith("Usage: retention"));
            assertEquals("Room kept keeps all its events.", console.run("retention kept default"));
            assertEquals("There is no room nowhere.", console.run("retention nowhere 1 1"));
            console.run("close kept");
        });
    }

    /** The text of the next notice {@code client} gets, past the room events before it (its own join's echo). */
    private static String nextNotice(RawRoomClient client) throws Exception {
        while (true) {
            if (client.next() instanceof RoomLine.Plain plain && plain.event() instanceof ServerEvent.Notice notice) {
                return notice.text();
            }
        }
    }

    /** A room's password set, changed and removed from the console: who joins needs the one set then. */
    @Test
    void theHostSetsChangesAndRemovesARoomsPassword() {
        assertTimeoutPreemptively(BOUND, () -> {
            console.run("create vault");
            assertEquals("The room vault has a new password: who joins it from now on needs it.",
                    console.run("password vault open sesame"));
            InetSocketAddress room = new InetSocketAddress("127.0.0.1", hosted.port);
            try (RawRoomClient ann = RawRoomClient.join(room, "ann");
                    RawRoomClient bob = RawRoomClient.join(room, "bob")) {
                ann.send("JOIN vault");
                assertEquals("The room vault needs a password: /join vault PASSWORD joins it.",
                        ann.refused(ErrorCode.ROOM_PASSWORD));
                ann.joinRoom("JOIN vault - open sesame"); // a password with a space
                assertEquals("The room vault has a new password: who joins it from now on needs it.",
                        console.run("password vault closed"));
                assertEquals("The host set a new password for the room vault: you stay in it; who joins it from now "
                        + "on needs the new one.", nextNotice(ann), "a member is told");
                bob.send("JOIN vault - open sesame");
                assertEquals("Wrong password for the room vault.", bob.refused(ErrorCode.ROOM_PASSWORD));
                bob.joinRoom("JOIN vault - closed");
                ann.event(RoomLine.Mark.EVENT); // ann, in the room, stays and sees bob join
                assertEquals("The room vault has no password now.", console.run("password vault -"));
                assertEquals("The host removed the password of the room vault: anyone may join it now.",
                        nextNotice(bob));
                try (RawRoomClient cy = RawRoomClient.join(room, "cy")) {
                    cy.joinRoom("JOIN vault");
                }
            }
            String general = console.run("password general x");
            assertTrue(general.contains("host's password"), general);
            assertEquals("There is no room nowhere.", console.run("password nowhere x"));
            assertTrue(console.run("password vault").startsWith("Usage: password"));
            console.run("close vault"); // the rooms last in the data folder the tests share
        });
    }

    @Test
    void theHostSetsLinesOfHistoryForOriginalClients() {
        assertEquals("Room general: original clients get 20 lines of history (-1: the default).",
                console.run("original-history general 20"));
        assertTrue(console.run("original-history general 100000").contains("100000"), "above a page: refused");
        assertTrue(console.run("original-history general lots").startsWith("Usage: original-history"));
        assertEquals("Room general: original clients get -1 lines of history (-1: the default).",
                console.run("original-history general default"));
    }

    private String topicOf(String room) {
        return hosted.host.rooms().stream().filter(info -> info.name().equals(room)).findFirst().orElseThrow().topic();
    }

    private LogUsage usage() {
        return hosted.host.history().orElseThrow();
    }

}
