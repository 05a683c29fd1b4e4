package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import org.chatroom.testing.RawOriginalClient;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.chatroom.api.transport.ServerTransport;
import org.chatroom.log.memory.internal.MemoryRoomLog;
import org.chatroom.room.internal.RoomServer;
import org.junit.jupiter.api.Test;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.chatroom.testing.Services;

/** A client of the seed, over a raw socket, sees exactly what the seed's server sent it. */
class OriginalProtocolRoomTest extends DefaultRoomTest {

    private static final Duration BOUND = Duration.ofSeconds(20);

    @Test
    void theOriginalExchangeByteForByte() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawOriginalClient alice = room.originalUnjoined();
            alice.send("alice");
            alice.expect("Welcome to the chat alice. Write {quit} to leave.");

            RawOriginalClient bob = room.originalUnjoined();
            bob.send("bob");
            bob.expect("Welcome to the chat bob. Write {quit} to leave.");
            alice.expect("bob joined the chat");

            alice.send("hello");
            alice.expect("alice: hello");
            bob.expect("alice: hello");

            bob.send("ciao è 🙂");
            bob.expect("bob: ciao è 🙂");
            alice.expect("bob: ciao è 🙂");

            bob.send("{quit}");
            assertEquals("{quit}", bob.readToEnd(), "the quitter gets {quit}, then the connection closes");
            alice.expect("bob left the chat.");

            alice.send("anyone?");
            alice.expect("alice: anyone?");
            assertEquals(List.of("alice"), room.server.status().members());
        });
    }

    @Test
    void newlineTerminatedLinesAreMessagesToo() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawOriginalClient alice = room.original("alice");
            RawOriginalClient bob = room.original("bob");
            alice.expect("bob joined the chat");
            alice.send("one\r\ntwo\n\nthree");
            for (RawOriginalClient member : List.of(alice, bob)) {
                member.expect("alice: one");
                member.expect("alice: two");
                member.expect("alice: three");
            }
        });
    }

    @Test
    void refusedNamesGetAnExplanationAndThePromptAgain() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawOriginalClient bob = room.original("bob");
            RawOriginalClient other = room.originalUnjoined();
            other.send("BoB");
            other.expect("That name is taken, choose another one. Please enter your name and press Enter");
            other.send("two words");
            other.expect("Names cannot contain spaces or control characters, start with / or be {quit}; "
                    + "choose another one. Please enter your name and press Enter");
            other.send("x".repeat(33));
            other.expect("That name is too long (at most 32 characters), choose a shorter one. "
                    + "Please enter your name and press Enter");
            other.sendRaw(new byte[] { 'a', (byte) 0xC3 , '(' });
            other.expect("That name is not valid UTF-8, choose another one. Please enter your name and press Enter");
            other.send("carol");
            other.expect("Welcome to the chat carol. Write {quit} to leave.");
            bob.expect("carol joined the chat");
            bob.send("hi");
            bob.expect("bob: hi");
            other.expect("bob: hi");
            assertEquals(List.of("bob", "carol"), room.server.status().members());
        });
    }

    @Test
    void aTakenPortIsReportedToWhoeverStartsTheRoom() throws Exception {
        ServerTransport transport = Services.get(ServerTransport.class, "(" + ServerTransport.TYPE + "=tcp)");
        Logger logger = Services.get(LoggerFactory.class, "").getLogger("org.chatroom.room.tests");
        assertThrows(IOException.class,
                () -> RoomServer.open(transport, room.address, new MemoryRoomLog(10), RoomFixture.PRODUCT_DEFAULTS, logger));
    }

    @Test
    void quitInsteadOfANameLeavesSilently() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawOriginalClient bob = room.original("bob");
            RawOriginalClient shy = room.originalUnjoined();
            shy.send("{quit}");
            assertEquals("{quit}", shy.readToEnd());
            bob.send("still alone");
            bob.expect("bob: still alone");
            assertEquals(List.of("bob"), room.server.status().members());
        });
    }
}
