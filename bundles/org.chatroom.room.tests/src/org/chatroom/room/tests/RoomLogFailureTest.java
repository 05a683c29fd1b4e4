package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatroom.testing.RawRoomClient;
import org.chatroom.testing.RawExtendedClient;
import org.chatroom.testing.RawOriginalClient;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.chatroom.api.log.EventKind;
import org.chatroom.api.room.RoomInfo;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.RoomLine;
import org.chatroom.protocol.ServerEvent;
import org.chatroom.room.internal.RoomAccess;
import org.chatroom.room.internal.RoomPolicy;
import org.chatroom.room.member.MemberSession;
import org.chatroom.room.member.RoomState;
import org.junit.jupiter.api.Test;

/**
 * Deliver on commit: what the log refuses is delivered to nobody, and the sender is told; the rooms and their settings
 * come back from the log after a restart, with the leaves of those the stop found in them; a server whose log is
 * unavailable refuses to start.
 */
class RoomLogFailureTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @Test
    void aMessageTheLogRefusesReachesNobodyAndTheSenderIsTold() {
        assertTimeoutPreemptively(BOUND, () -> {
            UnreliableLog log = new UnreliableLog();
            try (RoomFixture room = new RoomFixture(RoomFixture.UNLIMITED, RoomPolicy.DEFAULT, RoomAccess.open(), log)) {
                RawOriginalClient luca = room.original("luca");
                RawExtendedClient eve = room.extended("eve");
                luca.expect("eve joined the chat");
                RawRoomClient alice = room.keep(RawRoomClient.join(room.address, "alice"));
                alice.joinRoom("CREATE ops");

                log.down = true;
                alice.send("MSG ops lost words");
                ServerEvent.Err err = alice.plain(ServerEvent.Err.class);
                assertEquals(ErrorCode.LOG_UNAVAILABLE, err.code());
                assertTrue(err.text().contains("not delivered"), err.text());
                eve.send("MSG lost too");
                assertEquals(ErrorCode.LOG_UNAVAILABLE, eve.expect(ServerEvent.Err.class).code());
                luca.send("also lost");
                luca.expect("Error: The room's history is unavailable (disk unavailable (test)): your message was "
                        + "not delivered.");

                log.down = false;
                alice.send("MSG ops back");
                RoomLine.Event back = alice.event(RoomLine.Mark.EVENT);
                assertEquals(List.of(2L, "back"), List.of(back.seq(), back.text()),
                        "the refused message took no sequence number and nobody got it");
                eve.send("MSG back too");
                luca.expect("eve: back too");
                assertEquals("back too", eve.expect(ServerEvent.Msg.class).text());
            }
        });
    }

    @Test
    void roomsTopicsAndNumbersSurviveARestartThroughTheLog() {
        assertTimeoutPreemptively(BOUND, () -> {
            UnreliableLog log = new UnreliableLog();
            Instant before = Instant.now().minusMillis(1);
            Instant after;
            try (RoomFixture room = new RoomFixture(RoomFixture.UNLIMITED, RoomPolicy.DEFAULT, RoomAccess.open(), log)) {
                RawRoomClient alice = room.keep(RawRoomClient.join(room.address, "alice"));
                alice.joinRoom("CREATE ops");
                alice.send("TOPIC ops Friday release");
                alice.send("MSG ops remember me");
                alice.event(RoomLine.Mark.EVENT);
                alice.event(RoomLine.Mark.EVENT);
                after = Instant.now().plusMillis(1);
                room.server.admin().password("ops", "sesame");
            }
            try (RoomFixture room = new RoomFixture(RoomFixture.UNLIMITED, RoomPolicy.DEFAULT, RoomAccess.open(), log)) {
                List<RoomInfo> rooms = room.server.admin().rooms();
                assertEquals(List.of("general", "ops"), rooms.stream().map(RoomInfo::name).toList());
                assertEquals(new RoomInfo("ops", "Friday release", 0, 4, true), rooms.get(1));
                RawRoomClient bob = room.keep(RawRoomClient.join(room.address, "bob"));
                bob.send("JOIN ops");
                bob.refused(ErrorCode.ROOM_PASSWORD);
                RawRoomClient.Joined joined = bob.joinRoom("JOIN ops - sesame");
                assertEquals(5, joined.seq(), "numbers go on: alice's join, topic, message, her leave, bob's join");
                assertEquals("remember me", joined.history().get(2).text());
                // the server stopped with alice in the room: its history says she left, and why (it said she
                // joined, and never that she left)
                RoomLine.Event left = joined.history().get(3);
                assertEquals(List.of(EventKind.LEAVE, "alice", "test over"), List.of(left.kind(), left.name(),
                        left.text()), joined.history().toString());
                assertEquals("Friday release", bob.expect(RoomLine.Topic.class).text());

                MemberSession member = room.server.members().open(new InetSocketAddress("127.0.0.1", 40000), "test",
                        new RecordingMember());
                member.register("carol", "");
                RoomState ops = member.room("ops");
                assertEquals("alice", ops.topicSetter());
                assertTrue(ops.topicTime() != null && ops.topicTime().isAfter(before)
                        && ops.topicTime().isBefore(after), "when the topic was set, not when the room came back: "
                                + ops.topicTime() + " not between " + before + " and " + after);
            }
        });
    }

    @Test
    void aServerWhoseLogIsUnavailableRefusesToStart() {
        UnreliableLog log = new UnreliableLog();
        log.down = true;
        IOException e = assertThrows(IOException.class,
                () -> new RoomFixture(RoomFixture.UNLIMITED, RoomPolicy.DEFAULT, RoomAccess.open(), log));
        assertTrue(e.getMessage().contains("disk unavailable"), e.getMessage());
    }
}
