package org.chatroom.testing.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.chatroom.testing.OriginalServer;
import org.junit.jupiter.api.Test;

/** The reconstructed original server speaks the seed's protocol byte for byte (seen through raw sockets). */
class OriginalServerTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    @Test
    void joinChatAndQuitProduceTheSeedsExactBytes() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (OriginalServer server = OriginalServer.start();
                    RawConnection alice = new RawConnection(server.host(), server.port());
                    RawConnection bob = new RawConnection(server.host(), server.port())) {
                alice.expect("Please enter your name and press Enter");
                alice.send("alice");
                alice.expect("Welcome to the chat alice. Write {quit} to leave.");
                // the seed adds a member to its dict only after the welcome: alice's echo proves she is in it;
                // her thread leaves its broadcast loop before bob joins (the seed's unguarded dict)
                alice.send("ready");
                alice.expect("alice: ready");
                server.awaitIdle(Duration.ofSeconds(10));

                bob.expect("Please enter your name and press Enter");
                bob.send("bob");
                bob.expect("Welcome to the chat bob. Write {quit} to leave.");
                alice.expect("bob joined the chat");

                bob.send("hello alice");
                alice.expect("bob: hello alice");
                bob.expect("bob: hello alice");

                alice.send("hi bob");
                alice.expect("alice: hi bob");
                bob.expect("alice: hi bob");

                alice.send("{quit}");
                alice.expect("{quit}");
                alice.expectClosed();
                bob.expect("alice left the chat.");
            }
        });
    }

    @Test
    void noFramingNewlinesAreRelayedAndLongMessagesAreCutAt1024BytesWithAPrefixInside() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (OriginalServer server = OriginalServer.start();
                    RawConnection carol = new RawConnection(server.host(), server.port())) {
                carol.expect("Please enter your name and press Enter");
                carol.send("carol");
                carol.expect("Welcome to the chat carol. Write {quit} to leave.");

                carol.send("one\ntwo é");
                carol.expect("carol: one\ntwo é");

                // one recv(1024) per relay: the seed's defect, a name prefix injected in the middle of the text
                String head = "a".repeat(1024);
                String rest = "b".repeat(476);
                carol.send(head + rest);
                carol.expect("carol: " + head + "carol: " + rest);
            }
        });
    }

    @Test
    void closeKillsTheServerProcess() {
        assertTimeoutPreemptively(LIMIT, () -> {
            OriginalServer server = OriginalServer.start();
            assertTrue(server.port() > 0, "a real port");
            assertTrue(server.isAlive(), "running after start");
            server.close();
            assertFalse(server.isAlive(), "killed and reaped by close()");
        });
    }
}
