package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatroom.testing.RawExtendedClient;
import java.time.Duration;
import java.util.List;

import org.chatroom.protocol.ServerEvent;
import org.chatroom.testing.OriginalClient;
import org.junit.jupiter.api.Test;

/** The seed's own Python client (reconstructed, a real python3 process) works unchanged against our room. */
class SeedClientTest extends DefaultRoomTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    /** The first chunk also waits for python3 to start, seconds on a loaded machine (it once took over 5 s). */
    private static final Duration STARTED = Duration.ofSeconds(25);

    @Test
    void seedClientsChatWithEachOtherAndWithAnExtendedMember() {
        assertTimeoutPreemptively(Duration.ofSeconds(40), () -> {
            String host = room.address.getAddress().getHostAddress();
            int port = room.address.getPort();
            RawExtendedClient eve = room.extended("eve");
            try (OriginalClient alice = OriginalClient.start(host, port);
                    OriginalClient bob = OriginalClient.start(host, port)) {
                assertEquals("Please enter your name and press Enter", alice.nextChunk(STARTED));
                alice.send("eve");
                assertEquals("That name is taken, choose another one. Please enter your name and press Enter",
                        alice.nextChunk(WAIT));
                alice.send("alice");
                assertEquals("Welcome to the chat alice. Write {quit} to leave.", alice.nextChunk(WAIT));
                assertEquals("alice", eve.expect(ServerEvent.Join.class).name());

                assertEquals("Please enter your name and press Enter", bob.nextChunk(STARTED));
                bob.send("bob");
                assertEquals("Welcome to the chat bob. Write {quit} to leave.", bob.nextChunk(WAIT));
                assertEquals("bob joined the chat", alice.nextChunk(WAIT));
                assertEquals("bob", eve.expect(ServerEvent.Join.class).name());

                alice.send("hello bob, ça va?");
                assertEquals("alice: hello bob, ça va?", alice.nextChunk(WAIT));
                assertEquals("alice: hello bob, ça va?", bob.nextChunk(WAIT));
                ServerEvent.Msg msg = eve.expect(ServerEvent.Msg.class);
                assertEquals(List.of("alice", "hello bob, ça va?"), List.of(msg.name(), msg.text()));

                eve.send("ME waves");
                assertEquals("* eve waves", alice.nextChunk(WAIT));
                assertEquals("* eve waves", bob.nextChunk(WAIT));

                bob.send("{quit}");
                // the seed client closes its socket right after sending {quit}, so whether it still shows the
                // server's {quit} is a race inside the seed client; that the server answers {quit} byte for byte
                // is asserted over a raw socket in OriginalProtocolRoomTest
                assertTrue(bob.awaitExit(WAIT), "the seed client ends after {quit}");
                assertEquals("bob left the chat.", alice.nextChunk(WAIT));
                eve.expect(ServerEvent.Me.class);
                assertEquals("bob", eve.expect(ServerEvent.Leave.class).name());
            }
            // closing alice's window sends {quit}
            assertEquals("alice", eve.expect(ServerEvent.Leave.class).name());
            assertEquals(List.of("eve"), room.server.status().members());
        });
    }
}
