package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.chatroom.api.log.EventKind;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.ServerEvent;
import org.chatroom.room.internal.Bans;
import org.chatroom.room.internal.Password;
import org.chatroom.room.internal.RoomAccess;
import org.chatroom.room.internal.RoomLimits;
import org.chatroom.room.member.MemberException;
import org.chatroom.room.member.MemberService;
import org.chatroom.room.member.MemberSession;
import org.chatroom.testing.RawExtendedClient;
import org.chatroom.testing.RawOriginalClient;
import org.junit.jupiter.api.Test;

/** The member SPI: a front end's member in the rooms beside byte clients, under the same rules. */
class MemberServiceTest {

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final InetSocketAddress FROM = new InetSocketAddress("127.0.0.1", 40000);

    @Test
    void aFrontEndMemberTalksWithClientsOfBothProtocols() {
        assertTimeoutPreemptively(BOUND, () -> {
            try (RoomFixture room = new RoomFixture(RoomFixture.UNLIMITED)) {
                RawOriginalClient carol = room.original("carol");
                RawExtendedClient alice = room.extended("alice");
                carol.expect("alice joined the chat");
                RecordingMember heard = new RecordingMember();
                MemberSession fe = room.server.members().open(FROM, "test", heard);
                fe.register("frontend", "");
                fe.join("general", "", -1);
                assertEquals("joined general [carol, alice, frontend] topic= history=[JOIN:carol:, JOIN:alice:, "
                        + "JOIN:frontend:] lost=0", heard.next(), "the memory log commits its own join at once");
                carol.expect("frontend joined the chat");
                assertEquals("frontend", alice.expect(ServerEvent.Join.class).name());

                fe.say("general", EventKind.MESSAGE, "hello both");
                carol.expect("frontend: hello both");
                assertEquals("hello both", alice.expect(ServerEvent.Msg.class).text());
                assertEquals("event general 4 MESSAGE frontend hello both", heard.next());
                fe.say("general", EventKind.ACTION, "waves");
                carol.expect("* frontend waves");
                carol.send("hi frontend");
                carol.expect("carol: hi frontend");
                assertEquals("event general 5 ACTION frontend waves", heard.next());
                assertEquals("event general 6 MESSAGE carol hi frontend", heard.next());
                alice.send("PRIV frontend psst");
                assertEquals("private alice frontend psst", heard.next());
                fe.privateMessage("carol", "to you");
                carol.expect("(private) frontend: to you");
                assertEquals("private frontend carol to you", heard.next(), "echoed to the sender");
                fe.topic("general", "set by the front end");
                carol.expect("frontend set the topic: set by the front end");
                fe.rename("fronty");
                carol.expect("frontend is now known as fronty");
                assertEquals("set by the front end", fe.room("general").topic());
                assertEquals(List.of("carol", "alice", "fronty"), fe.room("general").members());
                assertEquals(List.of("general"), room.server.members().member("FRONTY").orElseThrow().rooms());
                assertEquals(3, room.server.members().memberCount());
                assertEquals(List.of("hello both", "waves"),
                        fe.before("general", 6, 2).stream().map(e -> e.text()).toList());

                fe.close("gone");
                alice.expect(ServerEvent.Me.class);
                alice.expect(ServerEvent.Msg.class);
                alice.expect(ServerEvent.Priv.class);
                alice.expect(ServerEvent.Topic.class);
                alice.expect(ServerEvent.Nick.class);
                ServerEvent.Leave leave = alice.expect(ServerEvent.Leave.class);
                assertEquals(List.of("fronty", "gone"), List.of(leave.name(), leave.reason()));
                assertThrows(MemberException.class, () -> fe.say("general", EventKind.MESSAGE, "after"));
            }
        });
    }

    /**
     * A front end whose user cannot be shown the history of a join (an IRC client without {@code batch}) says so, and
     * its joins come without it (the log is not read); saying yes again brings it back. Resuming is unaffected.
     */
    @Test
    void aMemberThatWantsNoHistoryOnJoiningGetsNone() {
        assertTimeoutPreemptively(BOUND, () -> {
            try (RoomFixture room = new RoomFixture(RoomFixture.UNLIMITED)) {
                RawOriginalClient carol = room.original("carol");
                carol.send("before anyone");
                carol.expect("carol: before anyone");
                RecordingMember plainHeard = new RecordingMember();
                MemberSession plain = room.server.members().open(FROM, "test", plainHeard);
                plain.register("plain", "");
                plain.historyOnJoin(false);
                plain.join("general", "", -1);
                assertEquals("joined general [carol, plain] topic= history=[] lost=0", plainHeard.next());

                RecordingMember usualHeard = new RecordingMember();
                MemberSession usual = room.server.members().open(FROM, "test", usualHeard);
                usual.register("usual", "");
                usual.historyOnJoin(false);
                usual.historyOnJoin(true);
                usual.join("general", "", -1);
                String joined = usualHeard.await("joined general");
                assertTrue(joined.contains("MESSAGE:carol:before anyone"), "the usual history: " + joined);

                RecordingMember resumingHeard = new RecordingMember();
                MemberSession resuming = room.server.members().open(FROM, "test", resumingHeard);
                resuming.register("resuming", "");
                resuming.historyOnJoin(false);
                resuming.join("general", "", 1);
                String resumed = resumingHeard.await("joined general");
                assertTrue(resumed.contains("MESSAGE:carol:before anyone"), "a resume gets what it asked for: "
                        + resumed);
            }
        });
    }

    @Test
    void aFrontEndMemberOnItsConnectionsThreadHearsEverythingThereInTheRoomsOrder() {
        assertTimeoutPreemptively(BOUND, () -> {
            ExecutorService loop = Executors.newSingleThreadExecutor(r -> new Thread(r, "front-end-loop"));
            try (RoomFixture room = new RoomFixture(RoomFixture.UNLIMITED)) {
                RawOriginalClient carol = room.original("carol");
                RawExtendedClient alice = room.extended("alice");
                RecordingMember heard = new RecordingMember(true);
                MemberSession fe = room.server.members().open(FROM, "test", heard, loop);
                fe.register("frontend", "");
                fe.join("general", "", -1);
                assertTrue(heard.next().startsWith("front-end-loop: joined general "), "joined on the loop");
                fe.say("general", EventKind.MESSAGE, "one"); // the memory log: committed before say returns
                fe.later(() -> heard.add("reply after one"));
                fe.privateMessage("alice", "back");
                fe.say("general", EventKind.ACTION, "waves");
                fe.later(() -> heard.add("reply after waves"));
                assertEquals(List.of("front-end-loop: event general 4 MESSAGE frontend one",
                        "front-end-loop: reply after one", "front-end-loop: private frontend alice back",
                        "front-end-loop: event general 5 ACTION frontend waves", "front-end-loop: reply after waves"),
                        List.of(heard.next(), heard.next(), heard.next(), heard.next(), heard.next()),
                        "every call on the loop, in the order the room made it, a later task behind them");
                carol.send("from carol");
                assertEquals("front-end-loop: event general 6 MESSAGE carol from carol", heard.next());
                alice.send("PRIV frontend psst");
                assertEquals("front-end-loop: private alice frontend psst", heard.next());
            } finally {
                loop.shutdownNow();
            }
        });
    }

    @Test
    void theRoomsRulesHoldForFrontEndMembers() {
        assertTimeoutPreemptively(BOUND, () -> {
            try (RoomFixture room = new RoomFixture(RoomFixture.UNLIMITED)) {
                room.extended("bob");
                MemberService members = room.server.members();
                MemberSession fe = members.open(FROM, "test", new RecordingMember());
                assertEquals(ErrorCode.NICK_TAKEN, code(() -> fe.register("B\u03bfB", "")), "look-alikes fold");
                assertEquals(ErrorCode.NICK_INVALID, code(() -> fe.register("two words", "")));
                assertEquals(ErrorCode.NOT_JOINED, code(() -> fe.join("general", "", -1)), "no name yet");
                fe.register("eve", "");
                assertEquals(ErrorCode.NOT_IN_ROOM, code(() -> fe.say("general", EventKind.MESSAGE, "x")));
                assertEquals(ErrorCode.BAD_TEXT, code(() -> fe.say("general", EventKind.MESSAGE, "bell\u0007")));
                assertEquals(ErrorCode.NO_SUCH_MEMBER, code(() -> fe.privateMessage("nobody", "hi")));
                fe.join("general", "", -1);
                assertEquals(ErrorCode.TOO_LONG, code(() -> fe.say("general", EventKind.MESSAGE, "x".repeat(4097))));
                fe.join("locked", "key", -1);
                MemberSession other = members.open(FROM, "test", new RecordingMember());
                other.register("other", "");
                assertEquals(ErrorCode.ROOM_PASSWORD, code(() -> other.join("locked", "nokey", -1)));
                assertEquals(ErrorCode.BAD_HISTORY, code(() -> fe.before("general", 1, 201)));
            }
        });
    }

    @Test
    void floodingBansAndKicksEndTheSessionThroughTheListener() {
        assertTimeoutPreemptively(BOUND, () -> {
            Bans bans = new Bans();
            bans.add("127.0.0.9");
            RoomAccess access = new RoomAccess(Password.NONE, bans, RoomAccess.DEFAULT_HANDSHAKE_TIMEOUT);
            try (RoomFixture room = new RoomFixture(new RoomLimits(4096, 8 << 20, 1, 2, 32), access)) {
                MemberService members = room.server.members();
                assertEquals(ErrorCode.ROOM_BANNED,
                        code(() -> members.open(new InetSocketAddress("127.0.0.9", 1), "test", new RecordingMember())));
                RawExtendedClient watcher = room.extended("watcher");
                RecordingMember heard = new RecordingMember();
                MemberSession flooder = members.open(FROM, "test", heard);
                flooder.register("flooder", "");
                flooder.join("general", "", -1);
                heard.await("joined general");
                ErrorCode last = null;
                int refused = 0;
                for (int i = 0; i < 100; i++) {
                    try {
                        flooder.say("general", EventKind.MESSAGE, "m" + i);
                    } catch (MemberException e) {
                        last = e.code();
                        refused++;
                        if (e.getMessage().contains("disconnected")) {
                            break;
                        }
                    }
                }
                assertEquals(ErrorCode.RATE_LIMITED, last);
                assertTrue(refused > 1, "refused first, then disconnected");
                assertTrue(heard.await("closed").startsWith("closed You sent far too many messages"));
                assertEquals("flooder", watcher.expect(ServerEvent.Join.class).name());
                ServerEvent.Leave leave = null;
                while (leave == null) {
                    ServerEvent event = watcher.event();
                    leave = event instanceof ServerEvent.Leave l ? l : null;
                }
                assertEquals(List.of("flooder", "flooding"), List.of(leave.name(), leave.reason()));

                RecordingMember kicked = new RecordingMember();
                MemberSession member = members.open(FROM, "test", kicked);
                member.register("kickme", "");
                room.server.kick("kickme", "kicked by host", "You were removed by the host.");
                assertEquals("notice You were removed by the host.", kicked.next());
                assertTrue(kicked.next().startsWith("closed "));
                assertTrue(members.member("kickme").isEmpty());
            }
        });
    }

    private interface Call {
        void run() throws MemberException;
    }

    private static ErrorCode code(Call call) {
        return assertThrows(MemberException.class, call::run).code();
    }
}
