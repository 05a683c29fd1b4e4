package org.chatroom.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool's clients join a real TLS server on loopback all at once, each with a full handshake (the server's
 * certificate checked every time: no session resumed), offering the one key share x25519.
 */
class TlsLoadRunTest {

    private static final Duration LIMIT = Duration.ofSeconds(120);

    @Test
    void everyTlsClientJoinsWithAFullHandshake(@TempDir Path directory) {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (TlsJoinServer server = new TlsJoinServer(directory)) {
                Result r = new LoadRun(Options.parse("--port", Integer.toString(server.port()), "--tls",
                        "--clients", "30", "--senders", "0", "--tls-warmup", "5", "--join-timeout", "60")).run();
                assertEquals(30, r.joined(), r.machineLine());
                assertEquals(30, server.welcomed());
                assertNotNull(r.tls(), "a TLS run reports how it spoke TLS");
                assertEquals(30, r.tls().fullHandshakes(),
                        "every join was a full handshake that showed the server's certificate: " + r.machineLine());
                assertEquals("x25519", r.tls().groups());
                assertTrue(r.machineLine().contains(" tls_groups=x25519 tls_full_handshakes=30"), r.machineLine());
            }
        });
    }
}
