package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatroom.testing.RawExtendedClient;
import org.chatroom.testing.RawOriginalClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.Hello;
import org.chatroom.protocol.OriginalProtocol;
import org.chatroom.protocol.ServerEvent;
import org.chatroom.protocol.Timestamps;
import org.junit.jupiter.api.Test;

/** Our clients' protocol: negotiation, member list, events with server timestamps, commands and their errors. */
class ExtendedProtocolRoomTest extends DefaultRoomTest {

    private static final Duration BOUND = Duration.ofSeconds(20);

    private static void assertRecent(Instant before, Instant time) {
        Instant after = Instant.now();
        assertFalse(time.isBefore(Timestamps.truncate(before)), time + " before " + before);
        assertFalse(time.isAfter(after), time + " after " + after);
    }

    @Test
    void negotiationWelcomeMembersAndTimestamps() {
        assertTimeoutPreemptively(BOUND, () -> {
            Instant before = Instant.now();
            RawExtendedClient alice = room.extendedUnjoined();
            alice.send("NICK alice");
            ServerEvent.Welcome welcome = alice.expect(ServerEvent.Welcome.class);
            assertEquals("alice", welcome.name());
            assertRecent(before, welcome.time());
            assertEquals(List.of("alice"), alice.expect(ServerEvent.Members.class).names());

            RawExtendedClient bob = room.extended("bob");
            ServerEvent.Join join = alice.expect(ServerEvent.Join.class);
            assertEquals("bob", join.name());
            assertRecent(before, join.time());

            bob.send("NAMES");
            assertEquals(List.of("alice", "bob"), bob.expect(ServerEvent.Members.class).names());
            alice.send("MSG hi bob");
            for (RawExtendedClient member : List.of(alice, bob)) {
                ServerEvent.Msg msg = member.expect(ServerEvent.Msg.class);
                assertEquals(new ServerEvent.Msg(msg.time(), "alice", "hi bob"), msg);
                assertRecent(before, msg.time());
            }
        });
    }

    @Test
    void everyCommandReachesExactlyWhoItShould() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawExtendedClient alice = room.extended("alice");
            RawExtendedClient bob = room.extended("bob");
            assertEquals("bob", alice.expect(ServerEvent.Join.class).name());
            RawExtendedClient carol = room.extended("carol");
            for (RawExtendedClient member : List.of(alice, bob)) {
                assertEquals("carol", member.expect(ServerEvent.Join.class).name());
            }

            alice.send("ME waves");
            for (RawExtendedClient member : List.of(alice, bob, carol)) {
                ServerEvent.Me me = member.expect(ServerEvent.Me.class);
                assertEquals("alice waves", me.name() + " " + me.text());
            }

            alice.send("PRIV Bob psst, over here");
            for (RawExtendedClient member : List.of(alice, bob)) {
                ServerEvent.Priv priv = member.expect(ServerEvent.Priv.class);
                assertEquals(List.of("alice", "bob", "psst, over here"), List.of(priv.from(), priv.to(), priv.text()));
            }

            bob.send("TOPIC Friday release");
            for (RawExtendedClient member : List.of(alice, bob, carol)) {
                ServerEvent.Topic topic = member.expect(ServerEvent.Topic.class);
                assertEquals(List.of("bob", "Friday release"), List.of(topic.setter(), topic.text()));
            }
            assertEquals("Friday release", room.server.status().topic());

            carol.send("NICK caroline");
            for (RawExtendedClient member : List.of(alice, bob, carol)) {
                ServerEvent.Nick nick = member.expect(ServerEvent.Nick.class);
                assertEquals(List.of("carol", "caroline"), List.of(nick.oldName(), nick.newName()));
            }

            RawExtendedClient dave = room.keep(room.extendedUnjoined());
            dave.send("NICK dave");
            dave.expect(ServerEvent.Welcome.class);
            assertEquals(List.of("alice", "bob", "caroline", "dave"), dave.expect(ServerEvent.Members.class).names());
            ServerEvent.Topic topic = dave.expect(ServerEvent.Topic.class);
            assertEquals(List.of("bob", "Friday release"), List.of(topic.setter(), topic.text()),
                    "a newcomer gets the topic after the member list");
            for (RawExtendedClient member : List.of(alice, bob, carol)) {
                assertEquals("dave", member.expect(ServerEvent.Join.class).name());
            }

            bob.send("QUIT");
            ServerEvent.Bye bye = bob.expect(ServerEvent.Bye.class);
            assertEquals("Goodbye.", bye.reason());
            assertEquals(-1, bob.readToEnd());
            for (RawExtendedClient member : List.of(alice, carol, dave)) {
                ServerEvent.Leave leave = member.expect(ServerEvent.Leave.class);
                assertEquals(List.of("bob", "quit"), List.of(leave.name(), leave.reason()));
            }

            // carol saw no private message: her next event is this one
            alice.send("MSG end");
            assertEquals("end", carol.expect(ServerEvent.Msg.class).text());
            assertEquals(List.of("alice", "caroline", "dave"), room.server.status().members());
        });
    }

    @Test
    void nickRulesAndRetry() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawExtendedClient alice = room.extended("alice");
            RawExtendedClient newcomer = room.extendedUnjoined();
            newcomer.send("MSG too early");
            assertEquals(ErrorCode.NOT_JOINED, newcomer.expect(ServerEvent.Err.class).code());
            newcomer.send("NICK");
            assertEquals(ErrorCode.NICK_EMPTY, newcomer.expect(ServerEvent.Err.class).code());
            newcomer.send("NICK ALICE");
            ServerEvent.Err taken = newcomer.expect(ServerEvent.Err.class);
            assertEquals(new ServerEvent.Err(ErrorCode.NICK_TAKEN, "That name is taken, choose another one."), taken);
            newcomer.send("NICK " + "x".repeat(33));
            assertEquals(ErrorCode.NICK_TOO_LONG, newcomer.expect(ServerEvent.Err.class).code());
            newcomer.send("NICK a\u0007b");
            assertEquals(ErrorCode.NICK_INVALID, newcomer.expect(ServerEvent.Err.class).code());
            newcomer.send("HELLO");
            assertEquals(ErrorCode.UNKNOWN_COMMAND, newcomer.expect(ServerEvent.Err.class).code());
            newcomer.send("NICK bob");
            assertEquals("bob", newcomer.expect(ServerEvent.Welcome.class).name());
            assertEquals(List.of("alice", "bob"), newcomer.expect(ServerEvent.Members.class).names());
            assertEquals("bob", alice.expect(ServerEvent.Join.class).name(), "alice heard of bob once, after he joined");

            newcomer.send("NICK Alice");
            assertEquals(ErrorCode.NICK_TAKEN, newcomer.expect(ServerEvent.Err.class).code());
            newcomer.send("PRIV nobody hi");
            ServerEvent.Err noSuch = newcomer.expect(ServerEvent.Err.class);
            assertEquals(ErrorCode.NO_SUCH_MEMBER, noSuch.code());
            assertTrue(noSuch.text().contains("nobody"), noSuch.text());
            newcomer.send("PRIV alice");
            assertEquals(ErrorCode.BAD_COMMAND, newcomer.expect(ServerEvent.Err.class).code());

            newcomer.send("MSG still bob");
            assertEquals("still bob", alice.expect(ServerEvent.Msg.class).text());
            assertEquals(List.of("alice", "bob"), room.server.status().members());
        });
    }

    @Test
    void aHelloCutIntoPiecesIsStillRecognised() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawOriginalClient raw = room.originalUnjoined();
            byte[] hello = Hello.helloBytes();
            raw.sendRaw(Arrays.copyOf(hello, 3));
            Thread.sleep(100);
            raw.sendRaw(Arrays.copyOfRange(hello, 3, 7));
            Thread.sleep(100);
            raw.sendRaw(Arrays.copyOfRange(hello, 7, hello.length));
            raw.expect(Hello.OK + "\n");
            raw.sendRaw("NICK zed\n".getBytes(StandardCharsets.UTF_8));
            String welcome = new String(raw.input().readNBytes("WELCOME 2026-11-25T11:48:03.123Z zed\n".length()),
                    StandardCharsets.UTF_8);
            assertTrue(welcome.startsWith("WELCOME ") && welcome.endsWith(" zed\n"), welcome);
            assertFalse(welcome.contains(OriginalProtocol.PROMPT));
        });
    }
}
