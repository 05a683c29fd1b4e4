package org.chatroom.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void defaultsAndOverrides() {
        Options o = Options.parse("--port", "4000", "--clients", "500", "--senders", "10", "--duration", "2.5",
                "--no-newline", "--connect-concurrency", "1", "--join-pause", "0.005", "--label", "x");
        assertEquals(4000, o.servers().address(0).getPort());
        assertEquals(1, o.servers().count());
        assertFalse(o.servers().shared());
        assertTrue(o.servers().address(0).getAddress().isLoopbackAddress());
        assertTrue(o.serverPids().isEmpty());
        assertEquals(500, o.clients());
        assertEquals(Duration.ofMillis(2500), o.duration());
        assertFalse(o.newline());
        assertEquals(1, o.connectConcurrency());
        assertEquals(Duration.ofMillis(5), o.joinPause());
        assertEquals(16, o.window());
        assertEquals("x", o.label());
    }

    @Test
    void severalServersAndTheirProcesses() {
        Options o = Options.parse("--port", "4000,4001,4002", "--shared", "--server-pid", "12,13,14");
        assertEquals(3, o.servers().count());
        assertTrue(o.servers().shared());
        assertEquals(4001, o.servers().address(4).getPort(), "client 4 is on the second server");
        assertEquals(List.of(12L, 13L, 14L), o.serverPids());
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--port", "4000,"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--port", "4000,70000"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--port", "4000", "--server-pid", "1,x"));
    }

    @Test
    void helpPrintsTheUsage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = LoadTool.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(0, code);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--confirm-joins"));
    }

    @Test
    void onlyLoopbackServersAreAccepted() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Options.parse("--host", "192.0.2.1", "--port", "4000"));
        assertTrue(e.getMessage().contains("loopback"), e.getMessage());
    }

    @Test
    void badInputGetsAClearErrorAndTheUsage() {
        String text = refused("--port", "4000", "--senders", "20", "--clients", "10");
        assertTrue(text.startsWith("Error: --senders must be 0..clients"), text);
        assertTrue(text.contains("Usage:"), text);
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--clients", "10"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--port", "4000", "--window", "x"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--port", "4000", "--bogus", "1"));
    }

    @Test
    void roomsDefaultToOneAndSpreadOverIrcChannels() {
        Options one = Options.parse("--port", "4000");
        assertEquals(1, one.roomCount());
        assertEquals("#room", one.rooms().channel(0), "a single room keeps the base channel");
        Options o = Options.parse("--port", "4000", "--protocol", "irc", "--clients", "5000", "--senders", "100",
                "--rooms", "100", "--channel", "#bench");
        assertEquals(100, o.roomCount());
        assertEquals("#bench-99", o.rooms().channel(99));
        assertTrue(o.rooms().channel(0).startsWith("#bench-"));
    }

    @Test
    void roomCombinationsThatMeasureNothingAreRefused() {
        assertEquals("--rooms: the original protocol has one room only; several rooms need --protocol irc",
                error("--port", "4000", "--rooms", "2"));
        assertEquals("--senders must be 0 or at least --rooms (4): 3 senders leave 1 of the 4 rooms with members"
                + " but no sender", error("--port", "4000", "--protocol", "irc", "--clients", "8", "--senders", "3",
                        "--rooms", "4"));
        assertTrue(error("--port", "4000", "--protocol", "irc", "--clients", "3", "--senders", "3", "--rooms", "4")
                .startsWith("--rooms must be 1..clients"));
        assertTrue(error("--port", "4000", "--protocol", "irc", "--rooms", "0").startsWith("--rooms must be"));
        assertTrue(error("--port", "4000", "--protocol", "irc", "--rooms", "two").contains("whole number"));
        assertTrue(error("--port", "4000", "--protocol", "irc", "--clients", "200", "--senders", "100", "--rooms",
                "100", "--channel", "#" + "c".repeat(47)).startsWith("--channel is too long for --rooms 100"));
        // joins only: rooms without a sender are fine when nobody sends
        assertEquals(4, Options.parse("--port", "4000", "--protocol", "irc", "--clients", "8", "--senders", "0",
                "--rooms", "4").roomCount());
    }

    @Test
    void echoMessageIsAnIrcOption() {
        assertEquals("--irc-echo needs --protocol irc", error("--port", "4000", "--irc-echo"));
        Options echo = Options.parse("--port", "4000", "--protocol", "irc", "--irc-echo");
        assertTrue(echo.ircEcho() && echo.ownEcho(), "with echo-message a sender gets its own messages");
        assertTrue(!Options.parse("--port", "4000", "--protocol", "irc").ownEcho(), "IRC without it echoes none");
        assertTrue(Options.parse("--port", "4000").ownEcho(), "the original protocol echoes every message");
    }

    @Test
    void settlingOverIrcNeedsEchoMessage() {
        String why = "--settle needs one server, and over IRC --irc-echo (without it nobody gets their own line back)";
        assertEquals(why, error("--port", "4000", "--protocol", "irc", "--settle"));
        assertEquals(why, error("--port", "4000,4001", "--settle"));
        assertTrue(Options.parse("--port", "4000", "--protocol", "irc", "--irc-echo", "--settle").settle());
        assertTrue(Options.parse("--port", "4000", "--settle").settle());
    }

    /** Idle members in a channel of their own: connected and joined, given none of the measured traffic. */
    @Test
    void idleMembersMayJoinAChannelOfTheirOwnOverIrc() {
        Options options = Options.parse("--port", "4000", "--protocol", "irc", "--clients", "4", "--senders", "2",
                "--idle", "3", "--idle-channel", "#lobby");
        assertEquals("#room", options.channelOf(0, false));
        assertEquals("#lobby", options.channelOf(4, true));
        assertEquals("#room", Options.parse("--port", "4000", "--protocol", "irc", "--idle", "3").channelOf(4, true));
        String why = "--idle-channel: a #channel for the --idle members, over --protocol irc";
        assertEquals(why, error("--port", "4000", "--idle", "3", "--idle-channel", "#lobby"));
        assertEquals(why, error("--port", "4000", "--protocol", "irc", "--idle-channel", "#lobby"));
        assertEquals(why, error("--port", "4000", "--protocol", "irc", "--idle", "3", "--idle-channel", "lobby"));
        assertTrue(refused("--port", "4000", "--idle-channel", "#x").contains("--idle-channel C"), "in the usage");
    }

    @Test
    void theUsageShowsTheRoomsOption() {
        String text = refused("--port", "4000", "--rooms", "3");
        assertTrue(text.startsWith("Error: --rooms: the original protocol has one room only"), text);
        assertTrue(text.contains("--rooms R"), text);
    }

    /** Runs the tool with bad arguments: exit code 2 and what it printed on stderr. */
    private static String refused(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = LoadTool.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String error(String... args) {
        return assertThrows(IllegalArgumentException.class, () -> Options.parse(args)).getMessage();
    }
}
