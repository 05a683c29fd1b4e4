package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.chatroom.testing.RawRoomClient;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.RoomLine;
import org.junit.jupiter.api.Test;

/**
 * History requests at the edges of the numbers: sequence numbers and counts that overflow a long, or sit at its
 * largest value, get their own error, and the room goes on for everyone (the everyday bad requests are in
 * {@link RoomLimitsTest}).
 */
class HistoryBadInputTest extends RoomsTestBase {

    private static final String HUGE = "99999999999999999999";
    private static final String MAX = Long.toString(Long.MAX_VALUE);
    private static final String MIN = Long.toString(Long.MIN_VALUE);

    @Test
    void extremeNumbersAreRefusedAndHarmNobody() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            room = new RoomFixture(RoomFixture.UNLIMITED);
            RawRoomClient alice = client("alice");
            alice.joinRoom("CREATE ops");
            RawRoomClient mallory = client("mallory");
            String[][] outside = { { "JOIN ops " + HUGE, "BAD_COMMAND" }, { "JOIN ops " + MAX, "FUTURE_SEQ" },
                    { "JOIN ops " + MIN, "BAD_HISTORY" } };
            for (String[] bad : outside) {
                mallory.send(bad[0]);
                mallory.refused(ErrorCode.valueOf(bad[1]));
            }
            mallory.joinRoom("JOIN ops");
            alice.event(RoomLine.Mark.EVENT);
            String[][] inside = { { "HISTORY ops 1 " + HUGE, "BAD_COMMAND" }, { "HISTORY ops 1 " + MAX, "BAD_HISTORY" },
                    { "HISTORY ops " + MAX + " 10", "FUTURE_SEQ" }, { "HISTORY ops " + MIN + " 10", "BAD_HISTORY" },
                    { "HISTORY ops 1 " + MIN, "BAD_HISTORY" }, { "SEARCH ops " + MAX + " x", "BAD_HISTORY" },
                    { "SEARCH ops " + MIN + " x", "BAD_HISTORY" } };
            for (String[] bad : inside) {
                mallory.send(bad[0]);
                mallory.refused(ErrorCode.valueOf(bad[1]));
            }
            alice.send("MSG ops still here");
            assertEquals("still here", alice.event(RoomLine.Mark.EVENT).text());
            assertEquals("still here", mallory.event(RoomLine.Mark.EVENT).text());
        });
    }
}
