package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import org.chatroom.testing.RawExtendedClient;
import org.chatroom.testing.RawOriginalClient;
import java.time.Duration;
import java.util.List;

import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.ServerEvent;
import org.chatroom.room.internal.Bans;
import org.chatroom.room.internal.Password;
import org.chatroom.room.internal.RoomAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A room with a password: extended clients give it before their name, original clients are told and closed. */
class PasswordRoomTest {

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final String SECRET = "open sesame";
    private RoomFixture room;

    @AfterEach
    void close() throws Exception {
        if (room != null) {
            room.close();
        }
    }

    private void openRoom() throws Exception {
        room = new RoomFixture(RoomFixture.UNLIMITED,
                new RoomAccess(new Password(SECRET, 3), new Bans(), RoomAccess.DEFAULT_HANDSHAKE_TIMEOUT));
    }

    private RawExtendedClient member(String name) throws Exception {
        RawExtendedClient client = room.extendedUnjoined();
        client.send("PASS " + SECRET);
        client.send("NICK " + name);
        assertEquals(name, client.expect(ServerEvent.Welcome.class).name());
        client.expect(ServerEvent.Members.class);
        return client;
    }

    @Test
    void theRightPasswordLetsAMemberJoinAndBeSeen() {
        assertTimeoutPreemptively(BOUND, () -> {
            openRoom();
            RawExtendedClient alice = member("alice");
            RawExtendedClient bob = member("bob");
            assertEquals("bob", alice.expect(ServerEvent.Join.class).name());
            bob.send("MSG hi");
            assertEquals("hi", alice.expect(ServerEvent.Msg.class).text());
            assertEquals(List.of("alice", "bob"), room.server.status().members());
        });
    }

    @Test
    void wrongOrMissingPasswordsAreRefusedWithTheTriesLeftThenTheConnectionCloses() {
        assertTimeoutPreemptively(BOUND, () -> {
            openRoom();
            RawExtendedClient alice = member("alice");
            RawExtendedClient guesser = room.extendedUnjoined();
            guesser.send("PASS open");
            ServerEvent.Err first = guesser.expect(ServerEvent.Err.class);
            assertEquals(ErrorCode.BAD_PASSWORD, first.code());
            assertEquals("Wrong password (2 tries left).", first.text());
            guesser.send("NICK mallory");
            ServerEvent.Err second = guesser.expect(ServerEvent.Err.class);
            assertEquals(ErrorCode.BAD_PASSWORD, second.code());
            assertEquals("This room needs a password (1 try left).", second.text());
            guesser.send("PASS sesame");
            assertEquals("Too many wrong passwords.", guesser.expect(ServerEvent.Bye.class).reason());
            assertEquals(-1, guesser.readToEnd(), "closed after the BYE");

            RawExtendedClient bob = member("bob");
            assertEquals("bob", alice.expect(ServerEvent.Join.class).name(), "alice saw nothing of the guesser");
            assertEquals(List.of("alice", "bob"), room.server.status().members());
            bob.close();
        });
    }

    @Test
    void aRightPasswordAfterAWrongOneStillJoins() {
        assertTimeoutPreemptively(BOUND, () -> {
            openRoom();
            RawExtendedClient typo = room.extendedUnjoined();
            typo.send("PASS open sesame!");
            assertEquals(ErrorCode.BAD_PASSWORD, typo.expect(ServerEvent.Err.class).code());
            typo.send("PASS " + SECRET);
            typo.send("NICK carol");
            assertEquals("carol", typo.expect(ServerEvent.Welcome.class).name());
        });
    }

    @Test
    void anOriginalClientGetsOneClearTextAndIsNeverAnnounced() {
        assertTimeoutPreemptively(BOUND, () -> {
            openRoom();
            RawExtendedClient alice = member("alice");
            RawOriginalClient oldie = room.originalUnjoined();
            oldie.send("oldie");
            assertEquals("This room needs a password: use a Chatroom client.", oldie.readToEnd());
            RawExtendedClient bob = member("bob");
            assertEquals("bob", alice.expect(ServerEvent.Join.class).name(), "no JOIN or LEAVE of oldie before");
            assertEquals(List.of("alice", "bob"), room.server.status().members());
            bob.close();
        });
    }

    @Test
    void withoutPasswordOriginalClientsGetTheOriginalBytesAndPassIsHarmless() {
        assertTimeoutPreemptively(BOUND, () -> {
            room = new RoomFixture(RoomFixture.UNLIMITED);
            RawOriginalClient oldie = room.original("oldie");
            RawExtendedClient careful = room.extendedUnjoined();
            careful.send("PASS " + SECRET);
            careful.send("NICK careful");
            assertEquals("careful", careful.expect(ServerEvent.Welcome.class).name());
            oldie.expect("careful joined the chat");
            oldie.send("hello");
            oldie.expect("oldie: hello");
        });
    }
}
