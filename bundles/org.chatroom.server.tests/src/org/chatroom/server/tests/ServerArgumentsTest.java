package org.chatroom.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.chatroom.api.room.HostSettings;
import org.chatroom.server.internal.ServerArguments;
import org.junit.jupiter.api.Test;

/** The command line of chatroom-server: what it accepts and what it tells the user when it does not. */
class ServerArgumentsTest {

    @Test
    void portAndBindAreRead() {
        ServerArguments args = ServerArguments.parse("--port", "53001", "--bind", "127.0.0.1");
        assertEquals(Map.of("port", "53001", "bind.address", "127.0.0.1"), args.settings());
        assertFalse(args.help());
    }

    @Test
    void nothingGivenKeepsTheConfiguration() {
        assertTrue(ServerArguments.parse().settings().isEmpty());
    }

    @Test
    void anyRoomSettingCanBeSet() {
        ServerArguments args = ServerArguments.parse("--set", "rate.per.second=0", "--set", "transport.target=(a=b)",
                "--port", "0");
        assertEquals(Map.of("rate.per.second", "0", "transport.target", "(a=b)", "port", "0"), args.settings());
        assertEquals("'ratelimit' is not a setting: use --set KEY=VALUE, e.g. --set rate.per.second=50.", assertThrows(
                IllegalArgumentException.class, () -> ServerArguments.parse("--set", "ratelimit")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ServerArguments.parse("--set", "=5"));
    }

    @Test
    void theCommandLineBecomesThisRunsHostSettings() {
        HostSettings settings = ServerArguments.parse("--bind", "127.0.0.1", "--set", "rate.per.second=0", "--set",
                "tls.port=53443").hostSettings("secret");
        assertEquals(new HostSettings(ServerArguments.DEFAULT_PORT, "127.0.0.1", "secret", 53443,
                Map.of("rate.per.second", "0")), settings);
        assertEquals(HostSettings.onPort(ServerArguments.DEFAULT_PORT), ServerArguments.parse().hostSettings(""),
                "nothing given: the defaults, not whatever an earlier run chose");
        assertEquals(0, ServerArguments.parse("--set", "port=0").hostSettings("").port());
        assertThrows(IllegalArgumentException.class, () -> ServerArguments.parse("--set", "port=x").hostSettings(""));
    }

    @Test
    void badInputIsExplained() {
        assertEquals("'70000' is not a port number (0-65535).",
                assertThrows(IllegalArgumentException.class, () -> ServerArguments.parse("--port", "70000")).getMessage());
        assertEquals("'abc' is not a port number (0-65535).",
                assertThrows(IllegalArgumentException.class, () -> ServerArguments.parse("--port", "abc")).getMessage());
        assertEquals("--bind needs a value.",
                assertThrows(IllegalArgumentException.class, () -> ServerArguments.parse("--bind")).getMessage());
        assertEquals("Unknown argument '--colour'.",
                assertThrows(IllegalArgumentException.class, () -> ServerArguments.parse("--colour")).getMessage());
    }

    @Test
    void helpIsRecognised() {
        assertTrue(ServerArguments.parse("--help").help());
    }
}
