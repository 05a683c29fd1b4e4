package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.chatroom.testing.RawRoomClient;
import org.chatroom.api.log.Retention;
import org.chatroom.log.memory.internal.MemoryRoomLog;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.RoomLine;
import org.chatroom.protocol.ServerEvent;
import org.chatroom.room.internal.RoomAccess;
import org.chatroom.room.internal.RoomPolicy;
import org.junit.jupiter.api.Test;

/**
 * Bad input and limits of protocol 2: each refusal has its own code, goes to the sender alone, and the others go on
 * talking undisturbed.
 */
class RoomLimitsTest extends RoomsTestBase {

    private static final Duration BOUND = Duration.ofSeconds(30);

    private void open(int maxRooms, int perMember, int perRoom, boolean membersCreate) throws Exception {
        RoomPolicy policy = new RoomPolicy("general", 32, maxRooms, perMember, perRoom, membersCreate, 50, 200, 10_000, 50,
                30, 10, Retention.UNLIMITED, 0);
        room = new RoomFixture(RoomFixture.UNLIMITED, policy, RoomAccess.open(), new MemoryRoomLog(1000));
    }

    /** Alice and bob still talk in ops. */
    private static void stillTalking(RawRoomClient alice, RawRoomClient bob, String text) throws Exception {
        alice.send("MSG ops " + text);
        assertEquals(text, bob.event(RoomLine.Mark.EVENT).text());
        assertEquals(text, alice.event(RoomLine.Mark.EVENT).text());
    }

    @Test
    void everyBadRequestGetsItsOwnErrorAndHarmsNobody() {
        assertTimeoutPreemptively(BOUND, () -> {
            open(100, 20, 100, true);
            RawRoomClient alice = client("alice");
            RawRoomClient bob = client("bob");
            alice.joinRoom("CREATE ops");
            bob.joinRoom("JOIN ops");
            alice.event(RoomLine.Mark.EVENT);
            RawRoomClient mallory = client("mallory");
            String[][] cases = { { "JOIN nowhere", "NO_SUCH_ROOM" }, { "JOIN {quit}", "ROOM_INVALID" },
                    { "CREATE /slash", "ROOM_INVALID" }, { "CREATE " + "r".repeat(33), "ROOM_INVALID" },
                    { "CREATE OPS", "ROOM_EXISTS" }, { "JOIN ops 999", "FUTURE_SEQ" }, { "JOIN ops -7", "BAD_HISTORY" },
                    { "MSG ops hi", "NOT_IN_ROOM" }, { "HISTORY ops 1 10", "NOT_IN_ROOM" },
                    { "JOIN ops x", "BAD_COMMAND" }, { "MSG nowhere hi", "NO_SUCH_ROOM" } };
            for (String[] bad : cases) {
                mallory.send(bad[0]);
                String told = mallory.refused(ErrorCode.valueOf(bad[1]));
                if (bad[1].equals("ROOM_EXISTS")) { // says how to get in
                    assertEquals("A room called OPS exists already: /join OPS joins it.", told);
                }
                if (bad[0].equals("JOIN nowhere")) { // members may create rooms here: says how
                    assertEquals("There is no room called nowhere: /create nowhere creates it.", told);
                }
                stillTalking(alice, bob, "after " + bad[0]);
            }
            mallory.joinRoom("JOIN ops");
            alice.event(RoomLine.Mark.EVENT);
            bob.event(RoomLine.Mark.EVENT);
            String[][] inRoom = { { "HISTORY ops 1 -5", "BAD_HISTORY" }, { "HISTORY ops 1 0", "BAD_HISTORY" },
                    { "HISTORY ops 1 201", "BAD_HISTORY" }, { "HISTORY ops -3 10", "BAD_HISTORY" },
                    { "HISTORY ops 99999 10", "FUTURE_SEQ" }, { "SEARCH ops 51 x", "BAD_HISTORY" },
                    { "SEARCH ops 0 x", "BAD_HISTORY" }, { "JOIN ops", "ALREADY_IN_ROOM" } };
            for (String[] bad : inRoom) {
                mallory.send(bad[0]);
                mallory.refused(ErrorCode.valueOf(bad[1]));
            }
            stillTalking(alice, bob, "all fine");
            assertEquals("all fine", mallory.event(RoomLine.Mark.EVENT).text());
        });
    }

    @Test
    void aJoinFloodIsRefusedAndTheRoomGoesOn() {
        assertTimeoutPreemptively(BOUND, () -> {
            open(100, 100, 100, true);
            RawRoomClient alice = client("alice");
            alice.joinRoom("CREATE ops");
            RawRoomClient flooder = client("flooder");
            int refused = 0;
            for (int i = 0; i < 30; i++) {
                flooder.send("JOIN nowhere" + i);
                ErrorCode code = flooder.plain(ServerEvent.Err.class).code();
                if (code == ErrorCode.JOIN_LIMITED) {
                    refused++;
                } else {
                    assertEquals(ErrorCode.NO_SUCH_ROOM, code);
                }
            }
            assertTrue(refused >= 15 && refused <= 20, "a burst of 10 joins, then the rate of 30 a minute: " + refused);
            alice.send("MSG ops unaffected");
            assertEquals("unaffected", alice.event(RoomLine.Mark.EVENT).text());
        });
    }

    @Test
    void roomLimitsEachHaveTheirOwnCode() {
        assertTimeoutPreemptively(BOUND, () -> {
            open(4, 2, 2, true);
            RawRoomClient alice = client("alice");
            alice.joinRoom("CREATE a");
            alice.joinRoom("CREATE b");
            alice.send("CREATE c");
            alice.refused(ErrorCode.MEMBER_ROOM_LIMIT);
            RawRoomClient bob = client("bob");
            bob.joinRoom("CREATE c");
            bob.send("CREATE d");
            bob.refused(ErrorCode.TOO_MANY_ROOMS);
            RawRoomClient carol = client("carol");
            carol.joinRoom("JOIN c");
            RawRoomClient dave = client("dave");
            dave.send("JOIN c");
            dave.refused(ErrorCode.ROOM_FULL);
        });
    }

    @Test
    void onlyTheHostCreatesRoomsWhenSoConfigured() {
        assertTimeoutPreemptively(BOUND, () -> {
            open(10, 10, 10, false);
            RawRoomClient alice = client("alice");
            alice.send("JOIN ops");
            assertEquals("There is no room called ops.", alice.refused(ErrorCode.NO_SUCH_ROOM)); // no /create hint
            alice.send("CREATE ops");
            alice.refused(ErrorCode.CREATE_DENIED);
            assertEquals("ops", room.server.admin().create("ops").name());
            assertEquals(1, alice.joinRoom("JOIN ops").seq());
        });
    }
}
