package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import org.chatroom.testing.RawExtendedClient;
import org.chatroom.testing.RawOriginalClient;
import java.time.Duration;
import java.util.List;

import org.chatroom.protocol.ServerEvent;
import org.chatroom.room.internal.Bans;
import org.chatroom.room.internal.Password;
import org.chatroom.room.internal.RoomAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A connection that never chooses a name is told why and closed; members are not touched. */
class HandshakeTimeoutTest {

    private RoomFixture room;

    @AfterEach
    void close() throws Exception {
        if (room != null) {
            room.close();
        }
    }

    @Test
    void silentConnectionsAreToldAndClosedWhileMembersStay() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            room = new RoomFixture(RoomFixture.UNLIMITED,
                    new RoomAccess(Password.NONE, new Bans(), Duration.ofSeconds(1)));
            RawOriginalClient oldie = room.original("oldie");
            RawExtendedClient alice = room.extended("alice");
            RawOriginalClient silent = room.originalUnjoined();
            RawExtendedClient helloOnly = room.extendedUnjoined();
            long start = System.nanoTime();

            assertEquals("You did not choose a name within 1 second.", silent.readToEnd());
            assertEquals("You did not choose a name within 1 second.",
                    helloOnly.expect(ServerEvent.Bye.class).reason());
            assertEquals(-1, helloOnly.readToEnd());
            long waited = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertEquals(true, waited >= 900, "closed after the timeout, not before: " + waited + " ms");

            oldie.expect("alice joined the chat");
            alice.send("MSG still here");
            oldie.expect("alice: still here");
            assertEquals("still here", alice.expect(ServerEvent.Msg.class).text(), "no JOIN/LEAVE before it");
            assertEquals(List.of("oldie", "alice"), room.server.status().members());
        });
    }
}
