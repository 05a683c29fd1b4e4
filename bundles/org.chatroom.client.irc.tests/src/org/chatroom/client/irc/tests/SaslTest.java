package org.chatroom.client.irc.tests;

import static org.chatroom.client.irc.tests.IrcFixture.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.client.ProtocolMode;
import org.junit.jupiter.api.Test;

/**
 * SASL PLAIN ({@code CAP LS 302}, {@code CAP REQ :sasl}, {@code AUTHENTICATE}) against a scripted server: InspIRCd's
 * SASL module only relays to a services server, which Debian's package does not bring.
 */
class SaslTest {

    private static ClientSettings sasl(int port, String password) {
        return new ClientSettings("127.0.0.1", port, "sam", false, ProtocolMode.AUTO, Duration.ofSeconds(5), false,
                password).forIrc(List.of("#s"), "samuel");
    }

    @Test
    void logsInWithSaslPlainBeforeRegistering() throws Exception {
        try (IrcPeer server = new IrcPeer(); IrcFixture fixture = new IrcFixture()) {
            fixture.client.connect(sasl(server.port(), "sesame ✓"));
            server.accept();
            assertEquals("CAP LS 302", server.read());
            assertEquals("NICK sam", server.read());
            assertTrue(server.read().startsWith("USER sam "));
            server.send(":irc.test CAP * LS * :multi-prefix server-time");
            server.send(":irc.test CAP * LS :sasl=PLAIN,EXTERNAL");
            assertEquals("CAP REQ :sasl server-time", server.read());
            server.send(":irc.test CAP * ACK :sasl server-time");
            assertEquals("AUTHENTICATE PLAIN", server.read());
            server.send("AUTHENTICATE +");
            String payload = server.readUntil("AUTHENTICATE ").substring("AUTHENTICATE ".length());
            assertEquals("samuel\0samuel\0sesame ✓",
                    new String(Base64.getDecoder().decode(payload), StandardCharsets.UTF_8));
            server.send(":irc.test 900 sam sam!sam@host samuel :You are now logged in as samuel");
            server.send(":irc.test 903 sam :SASL authentication successful");
            assertEquals("CAP END", server.read());
            server.send("@time=2026-12-01T10:00:00.000Z :irc.test 001 sam :Welcome sam");
            assertEquals("JOIN #s", server.read());
            fixture.listener.awaitState(ConnectionState.CONNECTED, WAIT);
            fixture.listener.awaitEvent(e -> e.kind() == Kind.NOTICE && e.text().equals("Logged in as samuel."),
                    WAIT);
            server.send("PING :abc");
            assertEquals("PONG :abc", server.read());
        }
    }

    @Test
    void aRefusedLoginDisconnectsWithTheReasonAndDoesNotRetry() throws Exception {
        try (IrcPeer server = new IrcPeer(); IrcFixture fixture = new IrcFixture()) {
            fixture.client.connect(sasl(server.port(), "wrong").withPassword("wrong"));
            server.accept();
            server.readUntil("USER ");
            server.send(":irc.test CAP * LS :sasl");
            server.readUntil("CAP REQ");
            server.send(":irc.test CAP * ACK :sasl");
            server.readUntil("AUTHENTICATE PLAIN");
            server.send("AUTHENTICATE +");
            server.readUntil("AUTHENTICATE ");
            server.send(":irc.test 904 sam :SASL authentication failed");
            fixture.listener.awaitEvent(e -> e.kind() == Kind.ERROR
                    && e.text().equals("SASL login as samuel failed: SASL authentication failed"), WAIT);
            assertEquals(ConnectionState.DISCONNECTED, fixture.client.state());
            assertNull(server.read(), "the client should close the connection");
        }
    }

    @Test
    void aServerWithoutSaslIsRefusedRatherThanJoinedWithoutTheAccount() throws Exception {
        try (IrcPeer server = new IrcPeer(); IrcFixture fixture = new IrcFixture()) {
            fixture.client.connect(sasl(server.port(), "pw"));
            server.accept();
            server.readUntil("USER ");
            server.send(":irc.test CAP * LS :server-time");
            fixture.listener.awaitEvent(e -> e.kind() == Kind.ERROR
                    && e.text().startsWith("The server does not offer SASL, so the account samuel"), WAIT);
            assertEquals(ConnectionState.DISCONNECTED, fixture.client.state());
        }
    }
}
