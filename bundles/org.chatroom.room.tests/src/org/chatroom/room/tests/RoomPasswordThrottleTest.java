package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;

import org.chatroom.testing.RawRoomClient;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.room.internal.Bans;
import org.chatroom.room.internal.GuessThrottle;
import org.chatroom.room.internal.Password;
import org.chatroom.room.internal.RoomAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A room's own password ({@code chatroom/2} {@code JOIN room seq password}) is throttled per source address across
 * connections like the server password: after the free guesses an address must wait, and what it sends meanwhile is
 * refused unchecked, even the right password; other addresses join at once.
 */
class RoomPasswordThrottleTest {

    private static final Duration BOUND = Duration.ofSeconds(30);
    private RoomFixture room;

    @BeforeEach
    void open() throws Exception {
        // two free guesses, then a wait of a minute: long enough that the test never outlives it
        GuessThrottle throttle = new GuessThrottle(
                new GuessThrottle.Policy(2, Duration.ofMinutes(1), 5, Duration.ofMinutes(5)));
        room = new RoomFixture(RoomFixture.UNLIMITED,
                new RoomAccess(Password.NONE, new Bans(), RoomAccess.DEFAULT_HANDSHAKE_TIMEOUT, throttle));
    }

    @AfterEach
    void close() throws Exception {
        room.close();
    }

    @Test
    void wrongRoomPasswordsMakeTheAddressWaitAcrossConnectionsWhileOthersJoin() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawRoomClient alice = room.keep(RawRoomClient.join(room.address, "alice"));
            alice.joinRoom("CREATE ops sesame");
            InetAddress guesser = InetAddress.getByName("127.0.0.2");
            RawRoomClient mallory = room.keep(RawRoomClient.join(room.address, "mallory", guesser));
            mallory.send("JOIN ops - guess1");
            assertEquals("Wrong password for the room ops.", mallory.refused(ErrorCode.ROOM_PASSWORD));
            mallory.send("JOIN ops - guess2");
            assertEquals("Wrong password for the room ops.", mallory.refused(ErrorCode.ROOM_PASSWORD));
            mallory.send("JOIN ops - sesame");
            String waiting = mallory.refused(ErrorCode.ROOM_PASSWORD);
            assertTrue(waiting.matches("Too many wrong passwords for the room ops from your address, try again in "
                    + "(59|60) s\\."), "the right password is not even checked while the address waits: " + waiting);

            RawRoomClient again = room.keep(RawRoomClient.join(room.address, "mallory2", guesser));
            again.send("JOIN ops - sesame");
            assertTrue(again.refused(ErrorCode.ROOM_PASSWORD).startsWith("Too many wrong passwords"),
                    "a new connection from the same address waits too");

            RawRoomClient bob = room.keep(RawRoomClient.join(room.address, "bob", InetAddress.getByName("127.0.0.3")));
            assertTrue(bob.joinRoom("JOIN ops - sesame").members().contains("bob"), "another address joins at once");
        });
    }
}
