package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import org.chatroom.testing.RawExtendedClient;
import org.chatroom.testing.RawOriginalClient;
import java.time.Duration;
import java.util.List;

import org.chatroom.protocol.ServerEvent;
import org.junit.jupiter.api.Test;

/** Original and extended members in one room: each sees the other in its own protocol. */
class MixedRoomTest extends DefaultRoomTest {

    private static final Duration BOUND = Duration.ofSeconds(20);

    @Test
    void originalAndExtendedMembersSeeEachOther() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawOriginalClient carol = room.original("carol");
            RawExtendedClient alice = room.extended("alice");
            carol.expect("alice joined the chat");
            RawExtendedClient bob = room.extended("bob");
            carol.expect("bob joined the chat");
            assertEquals("bob", alice.expect(ServerEvent.Join.class).name());

            alice.send("MSG hi carol");
            carol.expect("alice: hi carol");
            carol.send("hi alice");
            carol.expect("carol: hi alice");
            for (RawExtendedClient member : List.of(alice, bob)) {
                assertEquals("hi carol", member.expect(ServerEvent.Msg.class).text());
                ServerEvent.Msg fromCarol = member.expect(ServerEvent.Msg.class);
                assertEquals(List.of("carol", "hi alice"), List.of(fromCarol.name(), fromCarol.text()));
            }

            alice.send("ME waves");
            carol.expect("* alice waves");
            alice.send("NICK alicia");
            carol.expect("alice is now known as alicia");
            alice.send("TOPIC Friday release");
            carol.expect("alicia set the topic: Friday release");
            alice.send("TOPIC");
            carol.expect("alicia cleared the topic");
            alice.send("PRIV carol psst");
            carol.expect("(private) alicia: psst");
            assertEquals("alice", alice.expect(ServerEvent.Me.class).name());
            alice.expect(ServerEvent.Nick.class);
            alice.expect(ServerEvent.Topic.class);
            alice.expect(ServerEvent.Topic.class);
            ServerEvent.Priv echo = alice.expect(ServerEvent.Priv.class);
            assertEquals(List.of("alicia", "carol", "psst"), List.of(echo.from(), echo.to(), echo.text()));

            bob.expect(ServerEvent.Me.class);
            bob.expect(ServerEvent.Nick.class);
            bob.expect(ServerEvent.Topic.class);
            bob.expect(ServerEvent.Topic.class);
            carol.send("{quit}");
            assertEquals("{quit}", carol.readToEnd());
            ServerEvent.Leave leave = bob.expect(ServerEvent.Leave.class);
            assertEquals(List.of("carol", "quit"), List.of(leave.name(), leave.reason()),
                    "bob never saw the private message: his next event after the topics is carol leaving");
            assertEquals(List.of("alicia", "bob"), room.server.status().members());
        });
    }
}
