package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;

import org.chatroom.testing.RawRoomClient;
import org.chatroom.api.log.Retention;
import org.chatroom.log.memory.internal.MemoryRoomLog;
import org.chatroom.protocol.OriginalProtocol;
import org.chatroom.protocol.RoomLine;
import org.chatroom.room.internal.RoomAccess;
import org.chatroom.room.internal.RoomPolicy;
import org.chatroom.testing.RawOriginalClient;
import org.junit.jupiter.api.Test;

/**
 * The host's per-room history options, through real sockets: a room's own retention (kept with the room across a
 * restart, other rooms keeping the default) and the lines of history original-protocol clients get after the
 * welcome (none by default).
 */
class RoomHistoryOptionsTest extends RoomsTestBase {

    private static final Duration BOUND = Duration.ofSeconds(60);

    private static void say(RawRoomClient member, String room, int count) throws Exception {
        for (int i = 1; i <= count; i++) {
            member.send("MSG " + room + " " + room + " " + i);
        }
        for (int i = 1; i <= count; i++) {
            assertEquals(room + " " + i, member.event(RoomLine.Mark.EVENT).text());
        }
    }

    private static List<Long> seqs(RawRoomClient.Joined joined) {
        return joined.history().stream().map(RoomLine.Event::seq).toList();
    }

    @Test
    void aRoomKeepsItsOwnRetentionAcrossARestartAndOthersKeepTheDefault() {
        assertTimeoutPreemptively(BOUND, () -> {
            MemoryRoomLog log = new MemoryRoomLog(1000);
            room = new RoomFixture(RoomFixture.UNLIMITED, RoomPolicy.DEFAULT, RoomAccess.open(), log);
            RawRoomClient alice = client("alice");
            alice.joinRoom("CREATE ops");
            alice.joinRoom("CREATE dev");
            assertEquals(true, room.server.admin().retention("ops", new Retention(5, Duration.ZERO)));
            assertEquals(false, room.server.admin().retention("nowhere", Retention.UNLIMITED));
            say(alice, "ops", 20);
            say(alice, "dev", 20);

            RawRoomClient bob = client("bob");
            RawRoomClient.Joined ops = bob.joinRoom("JOIN ops 0");
            assertEquals(22, ops.seq(), "alice's join, 20 messages, bob's join");
            assertEquals(LongStream.rangeClosed(18, 22).boxed().toList(), seqs(ops), "only the last 5 are kept");
            assertEquals(17, ops.lost());
            RawRoomClient.Joined dev = bob.joinRoom("JOIN dev 0");
            assertEquals(0, dev.lost(), "dev keeps the server's default: everything");
            assertEquals(22, dev.history().size());

            room.close();
            room = new RoomFixture(RoomFixture.UNLIMITED, RoomPolicy.DEFAULT, RoomAccess.open(), log);
            assertEquals(new Retention(5, Duration.ZERO), room.server.admin().retention("ops").orElseThrow(),
                    "the room's own retention is kept with the room");
            assertEquals(Retention.UNLIMITED, room.server.admin().retention("dev").orElseThrow());
            RawRoomClient carol = client("carol");
            carol.joinRoom("JOIN ops");
            say(carol, "ops", 10);
            RawRoomClient.Joined later = client("dave").joinRoom("JOIN ops 0");
            assertEquals(5, later.history().size(), "still 5 after the restart");

            assertEquals(true, room.server.admin().retention("ops", null), "back to the default");
            assertEquals(Retention.UNLIMITED, room.server.admin().retention("ops").orElseThrow());
        });
    }

    @Test
    void originalClientsGetNoHistoryByDefault() {
        assertTimeoutPreemptively(BOUND, () -> {
            room = new RoomFixture(RoomFixture.UNLIMITED);
            RawOriginalClient alice = room.original("alice");
            alice.send("before");
            alice.expect(OriginalProtocol.message("alice", "before"));
            RawOriginalClient bob = room.original("bob");
            alice.expect(OriginalProtocol.joined("bob"));
            alice.send("after");
            bob.expect(OriginalProtocol.message("alice", "after"));
        });
    }

    @Test
    void originalClientsGetTheRoomsLastLinesWhenTheHostAsks() {
        assertTimeoutPreemptively(BOUND, () -> {
            room = new RoomFixture(RoomFixture.UNLIMITED, RoomPolicy.DEFAULT.withOriginalHistory(1),
                    RoomAccess.open(), new MemoryRoomLog(1000));
            RawOriginalClient alice = room.original("alice");
            for (String text : List.of("one", "two", "three")) {
                alice.send(text);
                alice.expect(OriginalProtocol.message("alice", text));
            }
            RawOriginalClient bob = room.original("bob");
            bob.expect(OriginalProtocol.message("alice", "three"));
            alice.expect(OriginalProtocol.joined("bob"));

            assertEquals(true, room.server.admin().originalHistory("general", 3));
            RawRoomClient extended = client("erin");
            extended.joinRoom("JOIN general");
            alice.expect(OriginalProtocol.joined("erin"));
            bob.expect(OriginalProtocol.joined("erin"));
            RawOriginalClient carol = room.original("carol");
            carol.expect(OriginalProtocol.message("alice", "three"));
            carol.expect(OriginalProtocol.joined("bob"));
            carol.expect(OriginalProtocol.joined("erin"));
            alice.send("live");
            carol.expect(OriginalProtocol.message("alice", "live"));
            bob.expect(OriginalProtocol.joined("carol"));
            bob.expect(OriginalProtocol.message("alice", "live"));

            assertThrows(IllegalArgumentException.class, () -> room.server.admin().originalHistory("general", -2));
            assertThrows(IllegalArgumentException.class,
                    () -> room.server.admin().originalHistory("general", RoomPolicy.DEFAULT.maxHistoryPage() + 1));
        });
    }
}
