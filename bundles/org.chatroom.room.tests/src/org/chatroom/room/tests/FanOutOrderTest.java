package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.chatroom.protocol.RoomLine;
import org.chatroom.testing.RawRoomClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Room events reach most members from their transport threads, in tasks queued there, while replies are sent from the
 * thread that handles the member's command: a reply must still come after every event committed before it. Alice
 * leaves a room that bob floods: no message of that room may reach her after her PARTED line, nor after the
 * answer to a later command.
 */
class FanOutOrderTest extends RoomsTestBase {

    private static final Duration BOUND = Duration.ofSeconds(60);

    @BeforeEach
    void open() throws Exception {
        room = new RoomFixture(RoomFixture.UNLIMITED);
    }

    @RepeatedTest(5)
    void noEventOfARoomArrivesAfterTheReplyToLeavingIt() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawRoomClient alice = client("alice");
            RawRoomClient bob = client("bob");
            alice.joinRoom("CREATE flood");
            bob.joinRoom("JOIN flood");
            assertEquals("bob", alice.event(RoomLine.Mark.EVENT).name());
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService sender = Executors.newSingleThreadExecutor();
            Future<Integer> sent = sender.submit(() -> {
                int count = 0;
                while (!stop.get() && count < 20_000) {
                    bob.send("MSG flood line " + count++);
                }
                return count;
            });
            try {
                int seen = 0;
                while (seen < 500) {
                    if (alice.next() instanceof RoomLine.Event event && "flood".equals(event.room())) {
                        seen++;
                    }
                }
                alice.send("PART flood");
                RoomLine line;
                while (!((line = alice.next()) instanceof RoomLine.Parted)) {
                    assertTrue(line instanceof RoomLine.Event, "before PARTED only events: " + line.toLine());
                }
                alice.send("ROOMS");
                while (!((line = alice.next()) instanceof RoomLine.RoomsEnd)) {
                    assertTrue(!(line instanceof RoomLine.Event event) || !"flood".equals(event.room()),
                            "an event of the room alice left came after she left it: " + line.toLine());
                }
            } finally {
                stop.set(true);
                sent.get(30, TimeUnit.SECONDS);
                sender.shutdownNow();
            }
        });
    }
}
