package org.chatroom.console.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.ProtocolMode;
import org.chatroom.console.internal.ConsoleArguments;
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
    void defaultsAreThePortOfTheOriginalAndAutomaticProtocol() {
        ClientSettings settings = ConsoleArguments.parse("--host", "h", "--name", "n").settings();
        assertEquals(53000, settings.port());
        assertEquals(ProtocolMode.AUTO, settings.protocol());
        assertFalse(settings.autoReconnect());
    }

    @Test
    void ircTakesItsPortChannelsSaslAccountAndThePasswordFromTheEnvironment() {
        ClientSettings settings = ConsoleArguments.parse(java.util.Map.of("CHATROOM_CLIENT_PASSWORD", "s3cret"),
                "--host", "irc.example.org", "--name", "ada", "--irc", "--tls", "--channels", "#chat,#help",
                "--sasl-user", "adalove").settings();
        assertEquals(ProtocolMode.IRC, settings.protocol());
        assertEquals(6697, settings.port());
        assertTrue(settings.tls());
        assertEquals(java.util.List.of("#chat", "#help"), settings.channels());
        assertEquals("adalove", settings.saslUser());
        assertEquals("s3cret", settings.password());
        assertEquals(6667, ConsoleArguments.parse(java.util.Map.of(), "--host", "h", "--name", "n", "--protocol",
                "irc").settings().port());
        assertEquals(6000, ConsoleArguments.parse(java.util.Map.of(), "--host", "h", "--name", "n", "--irc",
                "--port", "6000").settings().port());
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
    }
}
