package org.chatroom.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.client.ProtocolMode;
import org.chatroom.testing.OriginalClient;
import org.chatroom.testing.OriginalServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Timeout;

/** Our client against a reconstruction of the original Python server, next to an original Python client. */
@Timeout(60)
class OriginalServerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    /** {@code rooms}, the desktop's and the console's, falls back as {@code auto} does. */
    @ParameterizedTest
    @EnumSource(value = ProtocolMode.class, names = { "AUTO", "ROOMS" })
    void autoModeFallsBackAndTalksWithAnOriginalClient(ProtocolMode mode) throws Exception {
        try (OriginalServer server = OriginalServer.start();
                ClientFixture fixture = new ClientFixture();
                OriginalClient bob = OriginalClient.start(server)) {
            assertEquals("Please enter your name and press Enter", bob.nextChunk(WAIT));
            bob.send("bob");
            assertEquals("Welcome to the chat bob. Write {quit} to leave.", bob.nextChunk(WAIT));
            bob.send("ready"); // the echo proves bob is in the seed's member dict (added after the welcome)
            assertEquals("bob: ready", bob.nextChunk(WAIT));
            server.awaitIdle(WAIT); // and his thread left its broadcast loop before alice joins

            fixture.client.connect(new ClientSettings(server.host(), server.port(), "alice", false, mode, WAIT));
            fixture.listener.awaitState(ConnectionState.CONNECTED, WAIT);
            assertTrue(fixture.listener.events().stream().anyMatch(e -> e.kind() == Kind.NOTICE
                    && e.text().contains("original protocol")), "the user is told about the fallback");
            assertEquals("alice joined the chat", bob.nextChunk(WAIT), "the failed hello left no trace in the room");

            bob.send("hi alice");
            assertEquals("bob: hi alice", bob.nextChunk(WAIT));
            fixture.listener.awaitEvent(e -> e.kind() == Kind.MESSAGE && e.from().equals("bob")
                    && e.text().equals("hi alice"), WAIT);

            assertTrue(fixture.client.send("hello bob"));
            assertEquals("alice: hello bob", bob.nextChunk(WAIT), "sent exactly like the original client");
            fixture.listener.awaitEvent(e -> e.kind() == Kind.MESSAGE && e.from().equals("alice")
                    && e.text().equals("hello bob"), WAIT);
            // a command is refused, not said: the room would read it as text to everyone (a /msg was a private
            // message said to the whole room)
            assertFalse(fixture.client.send("/msg bob the door code is 4711"));
            fixture.listener.awaitEvent(e -> e.kind() == Kind.ERROR && e.text().startsWith("/msg was not sent"), WAIT);
            assertTrue(fixture.client.send("//etc/hosts is the file"));
            assertEquals("alice: /etc/hosts is the file", bob.nextChunk(WAIT),
                    "// is how a line starting with / is typed, as in the other protocols; nothing came before it");

            fixture.client.disconnect();
            assertEquals("alice left the chat.", bob.nextChunk(WAIT), "disconnect sends {quit}");
            assertTrue(fixture.client.members().isEmpty(), "an original room reports no members");
        }
    }

    @Test
    void originalModeJoinsWithoutProbing() throws Exception {
        try (OriginalServer server = OriginalServer.start();
                ClientFixture fixture = new ClientFixture();
                OriginalClient bob = OriginalClient.start(server)) {
            joinAsBob(server, bob);
            fixture.client.connect(new ClientSettings(server.host(), server.port(), "carol", false,
                    ProtocolMode.ORIGINAL, Duration.ofSeconds(5)));
            fixture.listener.awaitState(ConnectionState.CONNECTED, WAIT);
            assertEquals("carol joined the chat", bob.nextChunk(WAIT));
            bob.send("{quit}");
            fixture.listener.awaitEvent(e -> e.kind() == Kind.LEAVE && e.from().equals("bob"), WAIT);
        }
    }

    @Test
    void extendedOnlyModeRefusesAnOriginalRoomClearly() throws Exception {
        try (OriginalServer server = OriginalServer.start();
                ClientFixture fixture = new ClientFixture();
                OriginalClient bob = OriginalClient.start(server)) {
            joinAsBob(server, bob);
            fixture.client.connect(new ClientSettings(server.host(), server.port(), "dave", false,
                    ProtocolMode.EXTENDED, Duration.ofSeconds(5)));
            fixture.listener.awaitSequence(WAIT, ConnectionState.CONNECTING, ConnectionState.DISCONNECTED);
            assertEquals("The room does not speak the extended protocol.",
                    fixture.listener.details().get(fixture.listener.details().size() - 1),
                    "the user is told why, in words");
            assertFalse(fixture.listener.states().contains(ConnectionState.CONNECTED), "never joined: "
                    + fixture.listener.states());
            assertTrue(fixture.listener.events().stream().noneMatch(e -> e.kind() == Kind.NOTICE
                    && e.text().contains("original protocol")), "no fallback to the original protocol");
            assertEquals(ConnectionState.DISCONNECTED, fixture.client.state());
            assertTrue(!fixture.client.send("lost?"), "nothing can be sent while disconnected");
            bob.send("still alone");
            assertEquals("bob: still alone", bob.nextChunk(WAIT), "dave never joined: no notice came before this");
        }
    }

    /**
     * Joins the original client as bob; the echo of "ready" proves bob is in the seed's member dict, and the server's
     * threads all waiting for input that his thread left its broadcast loop, before anyone else joins.
     */
    private static void joinAsBob(OriginalServer server, OriginalClient bob) throws InterruptedException {
        bob.nextChunk(WAIT);
        bob.send("bob");
        bob.nextChunk(WAIT);
        bob.send("ready");
        assertEquals("bob: ready", bob.nextChunk(WAIT));
        server.awaitIdle(WAIT);
    }
}
