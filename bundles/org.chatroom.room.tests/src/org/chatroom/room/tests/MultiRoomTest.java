package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatroom.testing.RawRoomClient;
import org.chatroom.testing.RawExtendedClient;
import org.chatroom.testing.RawOriginalClient;
import java.time.Duration;
import java.util.List;

import org.chatroom.api.log.EventKind;
import org.chatroom.api.room.RoomInfo;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.RoomLine;
import org.chatroom.protocol.ServerEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Protocol 2 on real sockets: rooms are separate, events carry room and sequence, original clients unaffected. */
class MultiRoomTest extends RoomsTestBase {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @BeforeEach
    void open() throws Exception {
        room = new RoomFixture(RoomFixture.UNLIMITED);
    }

    @Test
    void twoRoomsNeverLeakIntoEachOther() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawOriginalClient luca = room.original("luca");
            RawRoomClient alice = client("alice");
            RawRoomClient bob = client("bob");
            RawRoomClient carol = client("carol");
            assertEquals(List.of("alice"), alice.joinRoom("CREATE ops").members());
            alice.joinRoom("CREATE dev");
            bob.joinRoom("JOIN ops");
            carol.joinRoom("JOIN dev");
            assertEquals("bob", alice.event(RoomLine.Mark.EVENT).name(), "alice sees bob join ops");
            assertEquals("carol", alice.event(RoomLine.Mark.EVENT).name(), "alice sees carol join dev");

            bob.send("MSG ops for ops only");
            for (RawRoomClient member : List.of(alice, bob)) {
                RoomLine.Event event = member.event(RoomLine.Mark.EVENT);
                assertEquals(List.of("ops", "bob", "for ops only"), List.of(event.room(), event.name(), event.text()));
            }
            carol.send("MSG dev for dev only");
            RoomLine.Event dev = alice.event(RoomLine.Mark.EVENT);
            assertEquals(List.of("dev", "carol"), List.of(dev.room(), dev.name()));
            RoomLine.Event carolSees = carol.event(RoomLine.Mark.EVENT);
            assertEquals("dev for dev only", carolSees.room() + " " + carolSees.text(),
                    "carol's next line is her own message: nothing of ops reached her");
            carol.send("MSG ops sneaking in");
            carol.refused(ErrorCode.NOT_IN_ROOM);

            luca.send("hello general");
            luca.expect("luca: hello general");
            alice.send("MSG ops still private");
            bob.event(RoomLine.Mark.EVENT);
            alice.send("NAMES ops");
            alice.event(RoomLine.Mark.EVENT);
            assertEquals(List.of("alice", "bob"), alice.expect(RoomLine.Members.class).names());
            assertEquals(List.of("luca"), room.server.status().members(), "the default room is luca's alone");
        });
    }

    /**
     * A leave's reason loses what a terminal would act on (ESC sequences, BEL, bidi overrides), and the member leaves
     * all the same: it reached every member, live and in the history, byte for byte, while a message holding them is
     * refused.
     */
    @Test
    void aLeavesReasonReachesNobodyWithControlCharacters() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawRoomClient alice = client("alice");
            RawRoomClient mallory = client("mallory");
            alice.joinRoom("CREATE lab");
            mallory.joinRoom("JOIN lab");
            assertEquals("mallory", alice.event(RoomLine.Mark.EVENT).name());
            mallory.send("PART lab bye\u001b[2J\u001b]0;pwned\u0007 \u202eevil");
            assertEquals("lab", mallory.expect(RoomLine.Parted.class).room(), "left");
            RoomLine.Event leave = alice.event(RoomLine.Mark.EVENT);
            assertEquals(List.of(EventKind.LEAVE, "bye[2J]0;pwned evil"), List.of(leave.kind(), leave.text()));
            RawRoomClient carol = client("carol");
            RoomLine.Event kept = carol.joinRoom("JOIN lab").history().stream()
                    .filter(event -> event.kind() == EventKind.LEAVE).findFirst().orElseThrow();
            assertEquals("bye[2J]0;pwned evil", kept.text(), "in the history too");
            mallory.send("QUIT see you"); // words after QUIT: it quits all the same (nothing answered it)
            assertEquals("Goodbye.", mallory.plain(ServerEvent.Bye.class).reason());
        });
    }

    @Test
    void sequenceNumbersCountEachRoomsEventsWithoutGaps() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawRoomClient alice = client("alice");
            RawRoomClient.Joined joined = alice.joinRoom("CREATE ops");
            assertEquals(1, joined.seq(), "alice's own join is event 1 of ops");
            assertEquals(EventKind.JOIN, joined.history().get(0).kind());
            alice.send("MSG ops one");
            alice.send("ME ops waves");
            alice.send("TOPIC ops Friday release");
            alice.send("NICK alicia");
            alice.send("PART ops lunch");
            assertEquals(List.of(2L, 3L, 4L, 5L), List.of(alice.event(RoomLine.Mark.EVENT).seq(),
                    alice.event(RoomLine.Mark.EVENT).seq(), alice.event(RoomLine.Mark.EVENT).seq(),
                    alice.event(RoomLine.Mark.EVENT).seq()));
            assertEquals("alicia", alice.plain(ServerEvent.Welcome.class).name(), "a rename is confirmed by WELCOME");
            assertEquals("ops", alice.expect(RoomLine.Parted.class).room());
            alice.send("ROOMS");
            assertEquals(new RoomLine.RoomInfo("general", 0, ""), alice.next());
            assertEquals(new RoomLine.RoomInfo("ops", 0, "Friday release"), alice.next());
            assertEquals(new RoomLine.RoomsEnd(2), alice.next());
            RawRoomClient.Joined again = alice.joinRoom("JOIN ops 5");
            assertEquals(List.of(6L, 7L), again.history().stream().map(RoomLine.Event::seq).toList(),
                    "resuming after 5 gives exactly what followed: alicia's leave and her join again");
            assertEquals(EventKind.LEAVE, again.history().get(0).kind());
            assertEquals("lunch", again.history().get(0).text());
            assertEquals("Friday release", alice.expect(RoomLine.Topic.class).text());
        });
    }

    /**
     * The room list is the default room, then the others by name, as people read them: it followed the folded keys of
     * the look-alike rules, where "n1a" is keyed "nla" and came after "n2a".
     */
    @Test
    void theRoomListIsTheDefaultRoomThenTheOthersByName() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawRoomClient alice = client("alice");
            for (String name : List.of("n2a", "n1a", "Beta", "alpha")) {
                alice.joinRoom("CREATE " + name);
            }
            alice.send("ROOMS");
            List<String> listed = new java.util.ArrayList<>();
            RoomLine line;
            while (!((line = alice.next()) instanceof RoomLine.RoomsEnd)) {
                if (line instanceof RoomLine.RoomInfo info) {
                    listed.add(info.room());
                }
            }
            assertEquals(List.of("general", "alpha", "Beta", "n1a", "n2a"), listed);
        });
    }

    @Test
    void originalAndVersionOneClientsMeetVersionTwoInTheDefaultRoom() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawOriginalClient luca = room.original("luca");
            RawExtendedClient eve = room.extended("eve");
            luca.expect("eve joined the chat");
            RawRoomClient alice = client("alice");
            RawRoomClient.Joined joined = alice.joinRoom("JOIN general");
            assertEquals(List.of("luca", "eve", "alice"), joined.members());
            assertEquals(List.of("luca", "eve", "alice"),
                    joined.history().stream().filter(e -> e.kind() == EventKind.JOIN).map(RoomLine.Event::name)
                            .toList(), "the history of the default room holds every join");
            luca.expect("alice joined the chat");
            assertEquals("alice", eve.expect(ServerEvent.Join.class).name());
            alice.send("MSG general hi luca");
            luca.expect("alice: hi luca");
            assertEquals("hi luca", eve.expect(ServerEvent.Msg.class).text());
            RoomLine.Event own = alice.event(RoomLine.Mark.EVENT);
            assertEquals(List.of("general", "alice", "hi luca"), List.of(own.room(), own.name(), own.text()));
            luca.send("hi alice");
            RoomLine.Event fromLuca = alice.event(RoomLine.Mark.EVENT);
            assertEquals(own.seq() + 1, fromLuca.seq());
            assertEquals("hi alice", fromLuca.text());
            assertTrue(fromLuca.time() != null);
        });
    }

    /**
     * A ban from the default room (an IRC operator's {@code MODE #general +b luca}) reaches the members that cannot be
     * outside it, the original protocol's and {@code chatroom/1}'s: they are removed from the server, told so in their
     * own protocol, and their name is refused there after. It sent them a {@code chatroom/2} {@code PARTED} line they
     * cannot read and left them connected in no room.
     */
    @Test
    void aBanFromTheDefaultRoomRemovesTheMembersThatCannotLeaveIt() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawOriginalClient luca = room.original("luca");
            RawExtendedClient ext = room.extended("ext");
            RawRoomClient alice = client("alice");
            alice.joinRoom("JOIN general");

            assertTrue(room.server.admin().ban("general", "luca", "banned by host: spam"));
            String told = luca.readToEnd();
            assertFalse(told.contains("PARTED"), "no line of another protocol: " + told);
            assertTrue(told.contains("You are banned from the room general (banned by host: spam)."),
                    "luca told why: " + told);
            RoomLine.Event left = alice.event(RoomLine.Mark.EVENT);
            assertEquals(List.of("general", "luca", "banned by host: spam"),
                    List.of(left.room(), left.name(), left.text()));

            assertTrue(room.server.admin().ban("general", "ext", "banned by host"));
            ServerEvent bye = ext.event();
            while (!(bye instanceof ServerEvent.Bye)) { // alice's join, luca's leave; bounded by the socket's timeout
                bye = ext.event();
            }
            assertTrue(((ServerEvent.Bye) bye).reason().contains("banned"), "ext told why: " + bye);
            assertEquals(List.of("alice"), room.server.status().members(), "both gone");

            try (RawOriginalClient again = room.originalUnjoined()) {
                again.send("luca\n");
                StringBuilder refused = new StringBuilder(); // the room asks for another name: read up to the refusal
                for (int b = again.input().read(); b >= 0 && refused.indexOf("banned") < 0; b = again.input().read()) {
                    refused.append((char) b);
                }
                assertTrue(refused.indexOf("That name is banned") >= 0, "the name refused in the default room: "
                        + refused);
            }
        });
    }

    @Test
    void theHostBansFromOneRoomAndClosesRooms() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawRoomClient alice = client("alice");
            RawRoomClient bob = client("bob");
            alice.joinRoom("CREATE ops");
            alice.joinRoom("CREATE dev");
            bob.joinRoom("JOIN ops");
            bob.joinRoom("JOIN dev");
            alice.event(RoomLine.Mark.EVENT);
            alice.event(RoomLine.Mark.EVENT);

            assertTrue(room.server.admin().ban("ops", "BOB", "banned by host: spam"));
            RoomLine.Parted parted = bob.expect(RoomLine.Parted.class);
            assertEquals(List.of("ops", "banned by host: spam"), List.of(parted.room(), parted.reason()));
            RoomLine.Event left = alice.event(RoomLine.Mark.EVENT);
            assertEquals(List.of("ops", "bob", "banned by host: spam"), List.of(left.room(), left.name(), left.text()));
            bob.send("JOIN ops");
            bob.refused(ErrorCode.ROOM_BANNED);
            bob.send("MSG dev still here");
            assertEquals("still here", alice.event(RoomLine.Mark.EVENT).text(), "a room ban is for that room only");
            bob.event(RoomLine.Mark.EVENT);
            assertEquals(List.of("BOB"), room.server.admin().bans("ops"), "as the host wrote it");

            assertThrows(IllegalArgumentException.class, () -> room.server.admin().close("general", "no"));
            assertTrue(room.server.admin().close("dev", "project over"));
            for (RawRoomClient member : List.of(alice, bob)) {
                RoomLine.Closed closed = member.expect(RoomLine.Closed.class);
                assertEquals(List.of("dev", "project over"), List.of(closed.room(), closed.reason()));
            }
            bob.send("JOIN dev");
            bob.refused(ErrorCode.NO_SUCH_ROOM);
            assertEquals(List.of("general", "ops"),
                    room.server.admin().rooms().stream().map(RoomInfo::name).toList());
            assertTrue(room.log.rooms().contains("ops"));
            assertFalse(room.log.rooms().contains("dev"), "a closed room's history is deleted");
        });
    }
}
