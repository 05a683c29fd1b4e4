package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.ServerEvent;
import org.chatroom.room.internal.RoomAccess;
import org.chatroom.room.internal.RoomPolicy;
import org.chatroom.testing.RawExtendedClient;
import org.chatroom.testing.RawOriginalClient;
import org.junit.jupiter.api.Test;

/**
 * One member's lines reach another in the order they were said, a private message after a room message said before
 * it: the room message waits for the log to commit it, and the private message, sent at once, overtook it (found
 * with the product: "psst" before "* bob waves" typed above it, in two rounds of three).
 */
class PrivateOrderTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @Test
    void aPrivateMessageWaitsForTheRoomMessagesSaidBeforeIt() {
        assertTimeoutPreemptively(BOUND, () -> {
            UnreliableLog log = new UnreliableLog();
            try (RoomFixture room = new RoomFixture(RoomFixture.UNLIMITED, RoomPolicy.DEFAULT, RoomAccess.open(), log)) {
                RawOriginalClient luca = room.original("luca");
                RawExtendedClient bob = room.extended("bob");
                luca.expect("bob joined the chat");

                log.holdAppends(); // the log commits later, as a group commit does
                bob.send("ME waves");
                bob.send("PRIV luca psst");
                bob.send("MSG said after");
                bob.send("PRIV nobody hi"); // answered at once: the lines before it were read
                assertEquals(ErrorCode.NO_SUCH_MEMBER, bob.expect(ServerEvent.Err.class).code());
                log.releaseAppends();

                luca.expect("* bob waves" + "(private) bob: psst" + "bob: said after"); // in the order said
                assertEquals("bob", bob.expect(ServerEvent.Me.class).name());
                assertEquals("psst", bob.expect(ServerEvent.Priv.class).text(), "bob's echo in its place too");
                assertEquals("said after", bob.expect(ServerEvent.Msg.class).text());
            }
        });
    }
}
