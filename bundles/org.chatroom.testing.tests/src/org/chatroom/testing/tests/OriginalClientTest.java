package org.chatroom.testing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.chatroom.testing.OriginalClient;
import org.chatroom.testing.OriginalServer;
import org.junit.jupiter.api.Test;

/** Two original clients talk through the original server; each shows what the seed's Listbox would show. */
class OriginalClientTest {

    private static final Duration LIMIT = Duration.ofSeconds(40);
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void twoOriginalClientsChatBothWays() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (OriginalServer server = OriginalServer.start();
                    OriginalClient alice = OriginalClient.start(server);
                    OriginalClient bob = OriginalClient.start(server)) {
                assertEquals("Please enter your name and press Enter", alice.nextChunk(WAIT));
                alice.send("alice");
                assertEquals("Welcome to the chat alice. Write {quit} to leave.", alice.nextChunk(WAIT));
                // the seed adds a member to its dict only after the welcome: alice's echo proves she is in it;
                // her thread leaves its broadcast loop before bob joins (the seed's unguarded dict)
                alice.send("ready");
                assertEquals("alice: ready", alice.nextChunk(WAIT));
                server.awaitIdle(WAIT);

                assertEquals("Please enter your name and press Enter", bob.nextChunk(WAIT));
                bob.send("bob");
                assertEquals("Welcome to the chat bob. Write {quit} to leave.", bob.nextChunk(WAIT));
                assertEquals("bob joined the chat", alice.nextChunk(WAIT));

                alice.send("hello bob, ça va?");
                assertEquals("alice: hello bob, ça va?", alice.nextChunk(WAIT));
                assertEquals("alice: hello bob, ça va?", bob.nextChunk(WAIT));

                bob.send("fine, thanks");
                assertEquals("bob: fine, thanks", bob.nextChunk(WAIT));
                assertEquals("bob: fine, thanks", alice.nextChunk(WAIT));

                // The seed client closes its socket right after sending {quit}, racing its own receive thread:
                // whether the server's "{quit}" reply is still shown varies (the raw-socket test checks the reply).
                alice.send("{quit}");
                assertTrue(alice.awaitExit(WAIT), "the original client ends after {quit}");
                assertEquals("alice left the chat.", bob.nextChunk(WAIT));
            }
        });
    }

    @Test
    void closingTheWindowSendsQuit() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (OriginalServer server = OriginalServer.start();
                    OriginalClient bob = OriginalClient.start(server)) {
                assertEquals("Please enter your name and press Enter", bob.nextChunk(WAIT));
                bob.send("bob");
                assertEquals("Welcome to the chat bob. Write {quit} to leave.", bob.nextChunk(WAIT));
                bob.send("ready"); // the echo proves bob is in the seed's member dict (added after the welcome)
                assertEquals("bob: ready", bob.nextChunk(WAIT));
                server.awaitIdle(WAIT); // and his thread left its broadcast loop before alice joins
                try (OriginalClient alice = OriginalClient.start(server)) {
                    assertEquals("Please enter your name and press Enter", alice.nextChunk(WAIT));
                    alice.send("alice");
                    assertEquals("Welcome to the chat alice. Write {quit} to leave.", alice.nextChunk(WAIT));
                    assertEquals("alice joined the chat", bob.nextChunk(WAIT));
                    alice.close();
                    assertFalse(alice.isAlive(), "close() ends and reaps the client");
                }
                assertEquals("alice left the chat.", bob.nextChunk(WAIT));
            }
        });
    }

    @Test
    void nextChunkFailsWhenNothingArrives() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (OriginalServer server = OriginalServer.start();
                    OriginalClient alice = OriginalClient.start(server)) {
                assertEquals("Please enter your name and press Enter", alice.nextChunk(WAIT));
                assertThrows(AssertionError.class, () -> alice.nextChunk(Duration.ofMillis(300)));
            }
        });
    }
}
