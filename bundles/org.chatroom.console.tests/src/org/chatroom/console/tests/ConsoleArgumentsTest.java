package org.chatroom.console.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.ProtocolMode;
import org.chatroom.console.internal.ConsoleArguments;
import org.chatroom.console.internal.NameColours;
import org.junit.jupiter.api.Test;

/** The command line of chatroom --console. */
class ConsoleArgumentsTest {

    @Test
    void settingsComeFromTheCommandLine() {
        ClientSettings settings = ConsoleArguments
                .parse("--host", "10.0.0.5", "--port", "53001", "--name", "ada", "--protocol", "original",
                        "--reconnect")
                .settings();
        assertEquals("10.0.0.5", settings.host());
        assertEquals(53001, settings.port());
        assertEquals("ada", settings.nickname());
        assertEquals(ProtocolMode.ORIGINAL, settings.protocol());
        assertTrue(settings.autoReconnect());
    }

    @Test
    void defaultsAreThePortOfTheOriginalAndTheRoomsProtocolAsInTheDesktop() {
        ClientSettings settings = ConsoleArguments.parse("--host", "h", "--name", "n").settings();
        assertEquals(53000, settings.port());
        assertEquals(ProtocolMode.ROOMS, settings.protocol(), "rooms, falling back to one room and to the original");
        assertFalse(settings.autoReconnect());
    }

    @Test
    void roomsToJoinAreTakenWithTheRoomsProtocolAndRefusedWithoutIt() {
        ClientSettings settings = ConsoleArguments.parse("--host", "h", "--name", "n", "--rooms", "ops,dev")
                .settings();
        assertEquals(ProtocolMode.ROOMS, settings.protocol());
        assertEquals(java.util.List.of("ops", "dev"), settings.channels());
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> ConsoleArguments.parse("--host", "h", "--name", "n",
                        "--protocol", "auto", "--rooms", "ops"));
        assertEquals("--rooms (or --channels) needs --protocol rooms (the default) or --irc.", refused.getMessage());
    }

    @Test
    void ircTakesItsPortChannelsSaslAccountAndThePasswordFromTheEnvironment() {
        ClientSettings settings = ConsoleArguments.parse(java.util.Map.of("CHATROOM_CLIENT_PASSWORD", "s3cret"),
                "--host", "irc.example.org", "--name", "ada", "--irc", "--tls", "--channels", "#chat,#help",
                "--sasl-user", "adalove", "--fingerprint", "AB:CD").settings();
        assertEquals(ProtocolMode.IRC, settings.protocol());
        assertEquals("AB:CD", settings.tlsFingerprint(), "checked by the client, which says what is wrong");
        assertEquals(6697, settings.port());
        assertTrue(settings.tls());
        assertEquals(java.util.List.of("#chat", "#help"), settings.channels());
        assertEquals("adalove", settings.saslUser());
        assertEquals("s3cret", settings.password());
        assertEquals(6667, ConsoleArguments.parse(Map.of(), "--host", "h", "--name", "n", "--protocol",
                "irc").settings().port());
        assertEquals(6000, ConsoleArguments.parse(Map.of(), "--host", "h", "--name", "n", "--irc",
                "--port", "6000").settings().port());
    }

    @Test
    void aFingerprintIsForIrcOverTls() {
        assertEquals("--fingerprint needs --irc and --tls (Chatroom rooms pin their certificate on the first "
                + "connection).", assertThrows(IllegalArgumentException.class, () -> ConsoleArguments.parse("--host",
                        "h", "--name", "n", "--irc", "--fingerprint", "AB:CD")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ConsoleArguments.parse("--host", "h", "--name", "n",
                "--tls", "--fingerprint", "AB:CD"));
    }

    @Test
    void badInputIsExplained() {
        assertEquals("--name is required.",
                assertThrows(IllegalArgumentException.class, () -> ConsoleArguments.parse("--host", "h")).getMessage());
        assertEquals("'0' is not a port number (1-65535).", assertThrows(IllegalArgumentException.class,
                () -> ConsoleArguments.parse("--host", "h", "--name", "n", "--port", "0")).getMessage());
        assertEquals("'xmpp' is not a protocol: use auto, extended, original, rooms or irc.", assertThrows(
                IllegalArgumentException.class,
                () -> ConsoleArguments.parse("--host", "h", "--name", "n", "--protocol", "xmpp")).getMessage());
        assertEquals("Unknown argument '-x'.", assertThrows(IllegalArgumentException.class,
                () -> ConsoleArguments.parse("-x")).getMessage());
        assertEquals("'yes' is not a colour choice for --color: use auto, always or never.", assertThrows(
                IllegalArgumentException.class,
                () -> ConsoleArguments.parse("--host", "h", "--name", "n", "--color", "yes")).getMessage());
    }

    @Test
    void namesAreInColourOnATerminalUnlessNoColorOrADumbTerminalSaysOtherwise() {
        assertEquals(NameColours.Mode.AUTO, ConsoleArguments.parse("--host", "h", "--name", "n").colours());
        assertEquals(NameColours.Mode.NEVER,
                ConsoleArguments.parse("--host", "h", "--name", "n", "--color", "NEVER").colours());
        Map<String, String> xterm = Map.of("TERM", "xterm-256color");
        assertTrue(NameColours.wanted(NameColours.Mode.AUTO, true, xterm));
        assertFalse(NameColours.wanted(NameColours.Mode.AUTO, false, xterm), "output to a pipe or a file");
        assertFalse(NameColours.wanted(NameColours.Mode.AUTO, true, Map.of("TERM", "xterm", "NO_COLOR", "1")));
        assertTrue(NameColours.wanted(NameColours.Mode.AUTO, true, Map.of("TERM", "xterm", "NO_COLOR", "")),
                "an empty NO_COLOR is no request (no-color.org)");
        assertFalse(NameColours.wanted(NameColours.Mode.AUTO, true, Map.of("TERM", "dumb")));
        assertFalse(NameColours.wanted(NameColours.Mode.AUTO, true, Map.of()), "no TERM");
        assertTrue(NameColours.wanted(NameColours.Mode.ALWAYS, false, Map.of("NO_COLOR", "1")));
        assertFalse(NameColours.wanted(NameColours.Mode.NEVER, true, xterm));
    }
}
