package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.chatroom.testing.RawRoomClient;
import org.chatroom.api.log.EventKind;
import org.chatroom.log.memory.internal.MemoryRoomLog;
import org.chatroom.protocol.RoomLine;
import org.chatroom.room.internal.RoomAccess;
import org.chatroom.room.internal.RoomPolicy;
import org.junit.jupiter.api.Test;

/** History on join, resume after a drop, scroll-back and search, through real sockets and a real log. */
class HistoryAndResumeTest extends RoomsTestBase {

    private static final Duration BOUND = Duration.ofSeconds(60);

    private static List<Long> seqs(List<RoomLine.Event> events) {
        return events.stream().map(RoomLine.Event::seq).toList();
    }

    private static List<Long> range(long from, long to) {
        List<Long> range = new ArrayList<>();
        for (long seq = from; seq <= to; seq++) {
            range.add(seq);
        }
        return range;
    }

    @Test
    void aNewcomerGetsTheLastFiftyEventsMarkedAsHistory() {
        assertTimeoutPreemptively(BOUND, () -> {
            room = new RoomFixture(RoomFixture.UNLIMITED);
            RawRoomClient alice = client("alice");
            alice.joinRoom("CREATE ops");
            for (int i = 1; i <= 70; i++) {
                alice.send("MSG ops message " + i);
            }
            for (int i = 1; i <= 70; i++) {
                assertEquals("message " + i, alice.event(RoomLine.Mark.EVENT).text());
            }
            RawRoomClient bob = client("bob");
            RawRoomClient.Joined joined = bob.joinRoom("JOIN ops");
            assertEquals(72, joined.seq(), "alice's join, 70 messages, bob's join");
            assertEquals(range(23, 72), seqs(joined.history()));
            assertEquals("message 22", joined.history().get(0).text());
            assertEquals(EventKind.JOIN, joined.history().get(49).kind());
            assertEquals(0, joined.lost());

            bob.send("HISTORY ops 23 15");
            List<RoomLine.Event> page = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                page.add(bob.event(RoomLine.Mark.HISTORY));
            }
            assertEquals(range(8, 22), seqs(page), "scroll-back: the page just before the oldest shown");
            assertEquals(new RoomLine.End("ops", "HISTORY", 15), bob.next());

            bob.send("SEARCH ops 3 message 6");
            List<String> found = List.of(bob.event(RoomLine.Mark.FOUND).text(), bob.event(RoomLine.Mark.FOUND).text(),
                    bob.event(RoomLine.Mark.FOUND).text());
            assertEquals(List.of("message 69", "message 68", "message 67"), found, "newest first, bounded");
            assertEquals(new RoomLine.End("ops", "SEARCH", 3), bob.next());
        });
    }

    @Test
    void resumeAfterADropWhileOthersTalkLosesNothingAndRepeatsNothing() {
        assertTimeoutPreemptively(BOUND, () -> {
            room = new RoomFixture(RoomFixture.UNLIMITED);
            RawRoomClient alice = client("alice");
            alice.joinRoom("CREATE ops");
            RawRoomClient bob = client("bob");
            long seen = bob.joinRoom("JOIN ops").seq();
            assertEquals(2, alice.event(RoomLine.Mark.EVENT).seq());
            alice.send("MSG ops before the drop");
            seen = bob.event(RoomLine.Mark.EVENT).seq();
            bob.close(); // the network drops
            RoomLine.Event drop;
            do {
                drop = alice.event(RoomLine.Mark.EVENT);
            } while (drop.kind() != EventKind.LEAVE);
            assertEquals("bob", drop.name());

            int total = 400;
            CompletableFuture<Void> talking = CompletableFuture.runAsync(() -> {
                try {
                    for (int i = 1; i <= total; i++) {
                        alice.send("MSG ops while away " + i);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            RawRoomClient again = client("bob2");
            RawRoomClient.Joined resumed = again.joinRoom("JOIN ops " + seen);
            List<RoomLine.Event> transcript = new ArrayList<>(resumed.history());
            assertEquals(0, resumed.lost());
            talking.get();
            while (transcript.stream().noneMatch(e -> ("while away " + total).equals(e.text()))) {
                RoomLine line = again.next();
                if (line instanceof RoomLine.Event event) {
                    transcript.add(event);
                }
            }
            assertEquals(range(seen + 1, transcript.get(transcript.size() - 1).seq()), seqs(transcript),
                    "history then live: every event once, in order, from the one after the last seen");
            List<String> messages = transcript.stream().filter(e -> e.kind() == EventKind.MESSAGE)
                    .map(RoomLine.Event::text).toList();
            assertEquals(total, messages.size());
            for (int i = 1; i <= total; i++) {
                assertEquals("while away " + i, messages.get(i - 1));
            }
            assertTrue(transcript.stream().anyMatch(e -> e.kind() == EventKind.LEAVE && e.name().equals("bob")),
                    "bob's own drop is in what he missed");
        });
    }

    @Test
    void aGapBeyondRetentionIsCountedAsLost() {
        assertTimeoutPreemptively(BOUND, () -> {
            room = new RoomFixture(RoomFixture.UNLIMITED, RoomPolicy.DEFAULT, RoomAccess.open(), new MemoryRoomLog(20));
            RawRoomClient alice = client("alice");
            alice.joinRoom("CREATE ops");
            for (int i = 1; i <= 50; i++) {
                alice.send("MSG ops " + i);
            }
            for (int i = 1; i <= 50; i++) {
                alice.event(RoomLine.Mark.EVENT);
            }
            RawRoomClient bob = client("bob");
            RawRoomClient.Joined resumed = bob.joinRoom("JOIN ops 10");
            assertEquals(52, resumed.seq());
            assertEquals(range(33, 52), seqs(resumed.history()), "the 20 events the log keeps");
            assertEquals(22, resumed.lost(), "events 11 to 32 are gone");
        });
    }

    @Test
    void eventsDuringASlowHistoryReadFollowJoinedInOrder() {
        assertTimeoutPreemptively(BOUND, () -> {
            UnreliableLog log = new UnreliableLog();
            room = new RoomFixture(RoomFixture.UNLIMITED, RoomPolicy.DEFAULT, RoomAccess.open(), log);
            RawRoomClient alice = client("alice");
            alice.joinRoom("CREATE ops");
            alice.send("MSG ops before bob");
            alice.event(RoomLine.Mark.EVENT);
            RawRoomClient bob = client("bob");
            log.holdReads();
            bob.send("JOIN ops");
            assertTrue(log.heldReads.tryAcquire(20, TimeUnit.SECONDS), "bob's history read started");
            for (int i = 1; i <= 20; i++) {
                alice.send("MSG ops during " + i);
            }
            assertEquals("bob", alice.event(RoomLine.Mark.EVENT).name());
            for (int i = 1; i <= 20; i++) {
                assertEquals("during " + i, alice.event(RoomLine.Mark.EVENT).text(), "committed and delivered");
            }
            log.releaseReads();
            RawRoomClient.Joined joined = bob.joined();
            assertEquals(range(1, joined.seq()), seqs(joined.history()), "the history ends where JOINED says");
            for (int i = 1; i <= 20; i++) {
                RoomLine.Event live = bob.event(RoomLine.Mark.EVENT);
                assertEquals(List.of(joined.seq() + i, "during " + i), List.of(live.seq(), live.text()),
                        "what happened during the read follows JOINED, live, in order");
            }
        });
    }
}
