package org.chatroom.client.irc.tests;

import static org.chatroom.client.irc.tests.IrcFixture.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.testing.InspircdServer;
import org.chatroom.testing.RawIrcUser;
import org.junit.jupiter.api.Test;

/**
 * Connection life on a real InspIRCd: a nickname in use (433) falls back to another, a taken nickname on
 * {@code /nick} is a clear error, and a server that goes away is reconnected to as the nickname chosen last, channels
 * joined again.
 */
class InspircdConnectionTest {

    @Test
    void aNicknameInUseFallsBackAndNickToATakenNameIsAnError() throws Exception {
        try (InspircdServer server = InspircdServer.start(); IrcFixture fixture = new IrcFixture();
                RawIrcUser taken = new RawIrcUser(server.port, "ada")) {
            fixture.client.connect(IrcFixture.irc(server.port, "ada", false, "#x"));
            fixture.listener.awaitState(ConnectionState.CONNECTED, WAIT);
            List<String> timeline = fixture.listener.timeline();
            int welcome = timeline.indexOf("SERVER irc.test");
            assertTrue(welcome >= 0 && welcome < timeline.indexOf("state CONNECTED"), "the welcome, then the state "
                    + "(a console printed \"-- connected\" before \"Connected to ... as ...\"): " + timeline);
            assertEquals("ada_", fixture.client.nickname());
            fixture.listener.awaitEvent(e -> e.kind() == Kind.NOTICE && e.text().contains("ada_"), WAIT);
            fixture.listener.awaitMembers(List.of("ada_"), WAIT);
            assertTrue(fixture.listener.events().stream().noneMatch(e -> e.text().startsWith("No channel is joined")),
                    "a channel to join: no hint");

            fixture.client.send("/nick ada");
            ChatEvent inUse = fixture.listener.awaitEvent(e -> e.kind() == Kind.ERROR, WAIT);
            assertEquals("The nickname ada is already in use.", inUse.text());
            assertEquals("ada_", fixture.client.nickname());

            fixture.client.send("/frobnicate");
            ChatEvent unknown = fixture.listener.awaitEvent(e -> e.kind() == Kind.ERROR
                    && e.text().startsWith("Unknown command /frobnicate"), WAIT);
            assertTrue(unknown.text().contains("/join CHANNEL"), unknown.text());
        }
    }

    /** What a program ending on a signal does (the desktop's and the console's shutdown hooks), here on IRC. */
    @Test
    void disconnectAndWaitQuitsAndReturnsOnceTheSocketIsClosed() throws Exception {
        try (InspircdServer server = InspircdServer.start(); IrcFixture fixture = new IrcFixture();
                RawIrcUser watcher = new RawIrcUser(server.port, "watcher")) {
            watcher.send("JOIN #bye");
            fixture.client.connect(IrcFixture.irc(server.port, "leaver", false, "#bye"));
            watcher.await(line -> line.startsWith(":leaver!") && line.contains(" JOIN "), WAIT);
            assertTrue(fixture.client.disconnectAndWait(WAIT), "closed in time");
            assertEquals(ConnectionState.DISCONNECTED, fixture.client.state());
            // the client's own reason: a dropped connection reads otherwise ("Connection closed", "Ping timeout")
            watcher.await(line -> line.startsWith(":leaver!") && line.endsWith(" QUIT :Leaving"), WAIT);
            assertTrue(fixture.client.disconnectAndWait(WAIT), "not connected: nothing to wait for");
        }
    }

    @Test
    void reconnectsAfterTheServerDropsUsAndJoinsItsChannelsAgain() throws Exception {
        try (InspircdServer server = InspircdServer.start(); IrcFixture fixture = new IrcFixture()) {
            fixture.client.connect(IrcFixture.irc(server.port, "rex", true, "#back"));
            fixture.listener.awaitMembers(List.of("rex"), WAIT);
            fixture.client.send("/nick rexford"); // a reconnect asks for the name the user chose last
            fixture.listener.awaitMembers(List.of("rexford"), WAIT);

            server.stop();
            String why = fixture.listener.awaitState(ConnectionState.RECONNECTING, WAIT);
            assertTrue(why.contains(". Reconnecting in"), "the reason, a sentence, then the delay: " + why);
            server.launch();
            try (RawIrcUser watcher = new RawIrcUser(server.port, "watcher")) {
                watcher.send("JOIN #back");
                fixture.listener.awaitState(ConnectionState.CONNECTED, Duration.ofSeconds(60));
                watcher.await(line -> line.startsWith(":rexford!") && line.contains("JOIN")
                        || line.contains(" 353 ") && line.contains("rexford"), WAIT);
                fixture.listener.awaitEvent(e -> e.kind() == Kind.JOIN && e.from().equals("rexford"), WAIT);
                assertEquals("rexford", fixture.client.nickname());
                // the welcome burst's MOTD came once, at the first connection, as the server's own lines (a desktop
                // shows them in the server's tab, not above the first channel's); the reconnect says only whom it
                // connected as. The server's host and user counts (002, 003, LUSERS) filled the first room's list
                // above its first line: not shown in the welcome
                assertEquals(List.of("ChatroomTest"), fixture.listener.events().stream() // the network's name (005)
                        .filter(e -> e.text().contains("Test network for the Chatroom"))
                        .map(e -> e.kind() == Kind.SERVER && e.room().isEmpty() ? e.from() : e.toString()).toList(),
                        "the MOTD once, from the server: " + fixture.listener.events());
                assertTrue(fixture.listener.events().stream().noneMatch(e -> e.text().startsWith("Your host is")
                        || e.text().startsWith("There are ") || e.text().startsWith("This server was created")),
                        "no server statistics in the welcome: " + fixture.listener.events());
                fixture.client.send("/quote LUSERS"); // asked for, they are shown where the user looks
                fixture.listener.awaitEvent(e -> e.kind() == Kind.NOTICE && e.text().startsWith("There are "), WAIT);
                // each connection says whom it connected as: the first from the server (the network's name comes
                // later, in 005), the reconnect's from the network, whose name a desktop's server tab kept (the tab
                // went back to the server's host name at each reconnect)
                assertEquals(List.of("irc.test", "ChatroomTest"), fixture.listener.events().stream()
                        .filter(e -> e.kind() == Kind.SERVER && e.text().startsWith("Connected to irc.test as "))
                        .map(ChatEvent::from).toList(), "" + fixture.listener.events());
                assertEquals(List.of("#back"), fixture.client.rooms());
                watcher.send("PRIVMSG #back :welcome back");
                fixture.listener.awaitEvent(e -> e.kind() == Kind.MESSAGE && e.text().equals("welcome back"), WAIT);
            }
        }
    }

    /** Connecting again at once (new settings, as the desktop does when one changes) keeps the nickname. */
    @Test
    void connectingAgainAtOnceKeepsTheNickname() throws Exception {
        try (InspircdServer server = InspircdServer.start(); IrcFixture fixture = new IrcFixture();
                RawIrcUser watcher = new RawIrcUser(server.port, "watcher")) {
            watcher.send("JOIN #again");
            for (int i = 1; i <= 3; i++) {
                fixture.client.connect(IrcFixture.irc(server.port, "again", false, "#again"));
                fixture.listener.awaitState(ConnectionState.CONNECTED, WAIT);
                long joins = i;
                fixture.listener.awaitCount(e -> e.kind() == Kind.JOIN && e.room().equals("#again")
                        && e.from().startsWith("again"), joins, WAIT);
            }
            assertEquals("again", fixture.client.nickname(), fixture.listener.timeline().toString());
        }
    }

    /** Connected with no channel to join, the user sees the server's tab only: they are told how to join one. */
    @Test
    void withNoChannelToJoinTheUserIsToldHowToJoinOne() throws Exception {
        try (InspircdServer server = InspircdServer.start(); IrcFixture fixture = new IrcFixture()) {
            fixture.client.connect(IrcFixture.irc(server.port, "loner", false));
            fixture.listener.awaitState(ConnectionState.CONNECTED, WAIT);
            ChatEvent hint = fixture.listener.awaitEvent(e -> e.kind() == Kind.NOTICE
                    && e.text().startsWith("No channel is joined"), WAIT);
            assertEquals("No channel is joined on connecting (none is set to be): /join CHANNEL joins one.",
                    hint.text());
            assertEquals("", hint.room(), "the server's, not a channel's");
        }
    }
}
