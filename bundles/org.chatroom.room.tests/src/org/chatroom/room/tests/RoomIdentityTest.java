package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.chatroom.log.memory.internal.MemoryRoomLog;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.RoomLine;
import org.chatroom.room.internal.RoomAccess;
import org.chatroom.room.internal.RoomPolicy;
import org.chatroom.testing.RawRoomClient;
import org.junit.jupiter.api.Test;

/**
 * A room's identity ({@code JOINED}'s last field): a resume names the room it continues, so that another room of the
 * same name (closed and created again, or one whose history did not outlive a restart) refuses it instead of sending
 * its own events after that number as if they followed the old room's.
 */
class RoomIdentityTest extends RoomsTestBase {

    private static final Duration BOUND = Duration.ofSeconds(60);

    /** Says {@code count} lines in {@code room} and waits until the last came back. */
    private static void talk(RawRoomClient member, String room, int count) throws Exception {
        for (int i = 1; i <= count; i++) {
            member.send("MSG " + room + " line " + i);
        }
        while (!("line " + count).equals(member.event(RoomLine.Mark.EVENT).text())) {
            // its own lines, bounded by the client's read timeout
        }
    }

    @Test
    void aResumeIntoARoomCreatedAgainIsRefusedEvenWhenTheNewRoomHasMoreEvents() {
        assertTimeoutPreemptively(BOUND, () -> {
            room = new RoomFixture(RoomFixture.UNLIMITED);
            RawRoomClient alice = client("alice");
            RawRoomClient.Joined old = alice.joinRoom("CREATE ops");
            talk(alice, "ops", 2);
            long seen = old.seq() + 2;
            assertFalse(old.identity().isEmpty(), "JOINED names the room");
            assertTrue(room.server.admin().close("ops", "done"));
            alice.expect(RoomLine.Closed.class);

            RawRoomClient bob = client("bob");
            RawRoomClient.Joined now = bob.joinRoom("CREATE ops");
            talk(bob, "ops", 5); // events 2 to 6: more than alice saw of the old room
            assertNotEquals(old.identity(), now.identity(), "another room, another identity");

            alice.send("JOIN ops " + seen + "@" + old.identity());
            String refusal = alice.refused(ErrorCode.ROOM_REPLACED);
            assertTrue(refusal.contains("not the one you left"), refusal);
            RawRoomClient.Joined anew = alice.joinRoom("JOIN ops");
            assertEquals("line 1", anew.history().get(1).text(), "joined anew: the new room from its start");
            assertEquals(now.identity(), anew.identity());
        });
    }

    @Test
    void aResumeWithTheRoomsIdentityOrWithoutOneIsAResumeAsBefore() {
        assertTimeoutPreemptively(BOUND, () -> {
            room = new RoomFixture(RoomFixture.UNLIMITED);
            RawRoomClient alice = client("alice");
            RawRoomClient.Joined joined = alice.joinRoom("CREATE ops");
            RawRoomClient bob = client("bob");
            RawRoomClient.Joined bobs = bob.joinRoom("JOIN ops");
            assertEquals(joined.identity(), bobs.identity(), "one room, one identity");
            alice.expect(RoomLine.Event.class);
            talk(alice, "ops", 3);
            while (!"line 3".equals(bob.event(RoomLine.Mark.EVENT).text())) {
                // alice's lines reach bob too
            }
            bob.send("PART ops");
            bob.expect(RoomLine.Parted.class);

            RawRoomClient.Joined resumed = bob.joinRoom("JOIN ops " + bobs.seq() + "@" + bobs.identity());
            assertEquals(bobs.seq() + 1, resumed.history().get(0).seq(), "from the event after the last seen");
            assertEquals("line 1", resumed.history().get(0).text());
            bob.send("PART ops");
            bob.expect(RoomLine.Parted.class);
            RawRoomClient.Joined plain = bob.joinRoom("JOIN ops " + resumed.seq());
            assertEquals(resumed.seq() + 1, plain.history().get(0).seq(), "a client that gives no identity resumes");
        });
    }

    @Test
    void aRoomKeepsItsIdentityAcrossARestartOnALogThatKeepsIt() {
        assertTimeoutPreemptively(BOUND, () -> {
            MemoryRoomLog kept = new MemoryRoomLog(1000); // outlives the server: a durable log's case
            room = new RoomFixture(RoomFixture.UNLIMITED, RoomPolicy.DEFAULT, RoomAccess.open(), kept);
            RawRoomClient.Joined before = client("alice").joinRoom("JOIN general");
            room.close();
            room = new RoomFixture(RoomFixture.UNLIMITED, RoomPolicy.DEFAULT, RoomAccess.open(), kept);
            RawRoomClient.Joined after = client("alice").joinRoom("JOIN general " + before.seq() + "@"
                    + before.identity());
            assertEquals(before.identity(), after.identity());
            assertEquals(before.seq() + 1, after.history().get(0).seq(), "resumed");

            room.close();
            room = new RoomFixture(RoomFixture.UNLIMITED, RoomPolicy.DEFAULT, RoomAccess.open(), new MemoryRoomLog(10));
            RawRoomClient alice = client("alice");
            alice.send("JOIN general " + after.seq() + "@" + after.identity());
            alice.refused(ErrorCode.ROOM_REPLACED); // a log that did not outlive the restart: another room
        });
    }
}
