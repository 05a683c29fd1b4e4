package org.chatroom.client.irc.tests;

import static org.chatroom.client.irc.tests.IrcFixture.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ConnectionState;
import org.junit.jupiter.api.Test;

/**
 * A channel joined with a key ({@code /join #vault sesame}) is joined again with it after a reconnect: the client
 * sent {@code JOIN #vault} alone, which a {@code +k} channel refuses (475), and the user was out of it.
 */
class ChannelKeyRejoinTest {

    @Test
    void aKeyedChannelIsJoinedAgainWithItsKeyAfterAReconnect() throws Exception {
        try (IrcPeer server = new IrcPeer(); IrcFixture fixture = new IrcFixture()) {
            inOpenAndVault(server, fixture, true);

            server.drop();
            fixture.listener.awaitState(ConnectionState.RECONNECTING, WAIT);
            register(server);
            // keyed channels first, their keys in the same order, as JOIN pairs them
            assertEquals("JOIN #vault,#open sesame", server.readUntil("JOIN "));
        }
    }

    /**
     * Disconnect, then Connect with the same settings: the channels the user was in are joined again, keys and all,
     * as after a drop (the client joined the settings' channels alone, and the desktop's tabs of the others stayed
     * without their channel); another server, or other settings, start from the settings' channels.
     */
    @Test
    void connectingAgainToTheSameServerJoinsTheSameChannels() throws Exception {
        try (IrcPeer server = new IrcPeer(); IrcFixture fixture = new IrcFixture()) {
            inOpenAndVault(server, fixture, false);
            fixture.listener.awaitEvent(e -> e.kind() == ChatEvent.Kind.JOIN && "#vault".equals(e.room()), WAIT);
            assertEquals("#vault", fixture.client.room(), "typing goes to the channel joined last");

            fixture.client.disconnect();
            fixture.client.connect(IrcFixture.irc(server.port(), "kay", false, "#open"));
            register(server);
            assertEquals("JOIN #vault,#open sesame", server.readUntil("JOIN "));
            server.send(":kay!kay@host JOIN #vault");
            server.send(":kay!kay@host JOIN #open");
            fixture.listener.awaitCount(e -> e.kind() == ChatEvent.Kind.JOIN && "#open".equals(e.room()), 2, WAIT);
            assertEquals("#vault", fixture.client.room(), "typing goes where it went");
        }
        try (IrcPeer other = new IrcPeer(); IrcFixture fixture = new IrcFixture()) {
            fixture.client.connect(IrcFixture.irc(other.port(), "kay", false, "#open"));
            register(other);
            assertEquals("JOIN #open", other.readUntil("JOIN "), "another server: the settings' channels");
        }
    }

    /** A channel the user asked to join that wants a key (475) is told to the UI, which may ask for it. */
    @Test
    void aChannelThatWantsAKeyIsToldAsARoomPasswordRefusal() throws Exception {
        try (IrcPeer server = new IrcPeer(); IrcFixture fixture = new IrcFixture()) {
            fixture.client.connect(IrcFixture.irc(server.port(), "kay", false));
            register(server);
            fixture.listener.awaitState(ConnectionState.CONNECTED, WAIT);
            assertTrue(fixture.client.send("/join #vault"));
            assertEquals("JOIN #vault", server.readUntil("JOIN "));
            server.send(":irc.test 475 kay #vault :Cannot join channel (incorrect channel key)");
            fixture.listener.awaitTimeline("room password needed #vault", WAIT);
            assertTrue(fixture.client.send("/join #vault guess"));
            assertEquals("JOIN #vault guess", server.readUntil("JOIN "));
            server.send(":irc.test 475 kay #vault :Cannot join channel (incorrect channel key)");
            fixture.listener.awaitEvent(e -> e.kind() == ChatEvent.Kind.ERROR
                    && e.text().contains("needs a key"), WAIT);
            fixture.listener.awaitTimeline("room password wrong #vault", WAIT);
            List<String> refusals = fixture.listener.timeline().stream().filter(t -> t.startsWith("room password"))
                    .toList();
            assertEquals(List.of("room password needed #vault", "room password wrong #vault"), refusals);
        }
    }

    /**
     * A channel of the settings that wants a key is told too (the UI may join it with a key it keeps, or ask for one);
     * once joined, a reconnect joins it again with its key, and a refusal of that (the key changed) is told as wrong.
     */
    @Test
    void aChannelOfTheSettingsThatWantsAKeyIsToldAndSoIsARejoinsRefusal() throws Exception {
        try (IrcPeer server = new IrcPeer(); IrcFixture fixture = new IrcFixture()) {
            fixture.client.connect(IrcFixture.irc(server.port(), "kay", true, "#vault"));
            register(server);
            assertEquals("JOIN #vault", server.readUntil("JOIN "));
            fixture.listener.awaitState(ConnectionState.CONNECTED, WAIT);
            server.send(":irc.test 475 kay #vault :Cannot join channel (incorrect channel key)");
            fixture.listener.awaitTimeline("room password needed #vault", WAIT);
            assertTrue(fixture.client.send("/join #vault sesame"));
            assertEquals("JOIN #vault sesame", server.readUntil("JOIN "));
            server.send(":kay!kay@host JOIN #vault");
            fixture.listener.awaitEvent(e -> e.kind() == ChatEvent.Kind.JOIN && "#vault".equals(e.room()), WAIT);

            server.drop();
            fixture.listener.awaitState(ConnectionState.RECONNECTING, WAIT);
            register(server);
            assertEquals("JOIN #vault sesame", server.readUntil("JOIN "));
            server.send(":irc.test 475 kay #vault :Cannot join channel (incorrect channel key)"); // changed meanwhile
            server.send(":irc.test 475 kay #open :Cannot join channel (incorrect channel key)"); // read after it
            fixture.listener.awaitEvent(e -> e.kind() == ChatEvent.Kind.ERROR && e.text().contains("#open"), WAIT);
            assertEquals(List.of("room password needed #vault", "room password wrong #vault"),
                    fixture.listener.timeline().stream().filter(t -> t.startsWith("room password")).toList());
            assertEquals(List.of(), fixture.client.rooms(), "out of the channel");
        }
    }

    /** Connects as kay with {@code #open} in the settings, then joins {@code #vault} with the key sesame. */
    private static void inOpenAndVault(IrcPeer server, IrcFixture fixture, boolean reconnect) throws Exception {
        fixture.client.connect(IrcFixture.irc(server.port(), "kay", reconnect, "#open"));
        register(server);
        assertEquals("JOIN #open", server.readUntil("JOIN "));
        fixture.listener.awaitState(ConnectionState.CONNECTED, WAIT);
        server.send(":kay!kay@host JOIN #open");
        assertTrue(fixture.client.send("/join #vault sesame"));
        assertEquals("JOIN #vault sesame", server.readUntil("JOIN "));
        server.send(":kay!kay@host JOIN #vault");
    }

    private static void register(IrcPeer server) throws Exception {
        server.accept();
        server.readUntil("USER ");
        server.send(":irc.test CAP * LS :");
        server.send(":irc.test 001 kay :Welcome kay");
    }
}
