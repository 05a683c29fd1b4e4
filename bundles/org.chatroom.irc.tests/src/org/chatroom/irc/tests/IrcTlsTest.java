package org.chatroom.irc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SSLSocket;

import org.chatroom.testing.LineProcess;
import org.chatroom.testing.RawIrcClient;
import org.chatroom.testing.tls.TrustAnyServer;
import org.junit.jupiter.api.Test;

/**
 * IRC over TLS: with {@code tls.port} the listener also listens through the TLS transport ({@code chat.transport=tls},
 * its self-signed certificate here); clients there register and talk with the plain ones in the same rooms.
 */
class IrcTlsTest extends IrcRoomTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Override
    Map<String, Object> ircSettings() {
        return Map.of("tls.port", 0);
    }

    @Test
    void aTlsClientRegistersAndTalksWithAPlainOne() {
        assertTimeoutPreemptively(BOUND, () -> {
            assertNotNull(room.ircTls, "tls.port 0 opens a TLS listener on a free port");
            RawIrcClient plain = room.inGeneral("plain");
            SSLSocket socket = (SSLSocket) TrustAnyServer.context().getSocketFactory().createSocket();
            socket.connect(room.ircTls, 5000);
            socket.startHandshake();
            assertTrue(socket.getSession().getProtocol().matches("TLSv1\\.[23]"), socket.getSession().getProtocol());
            RawIrcClient secure = room.keep(RawIrcClient.over(socket));
            secure.send("NICK secure");
            secure.send("USER secure 0 * :over TLS");
            assertTrue(secure.await(" 001 ").startsWith(":irc.test 001 secure :Welcome"));
            IrcRoom.join(secure, "secure", "#general");
            assertEquals(":secure!secure@irc.test JOIN #general", plain.await("JOIN #general"));

            secure.send("PRIVMSG #general :hello over TLS");
            assertEquals(":secure!secure@irc.test PRIVMSG #general :hello over TLS", plain.await("PRIVMSG"));
            plain.send("PRIVMSG #general :hello in clear");
            assertEquals(":plain!plain@irc.test PRIVMSG #general :hello in clear", secure.await("PRIVMSG"));
        });
    }

    /**
     * A client that forgot TLS is told why in IRC's words ({@code ERROR :reason}, which IRC clients show as the reason
     * the server closed): the transport's plain "Error: ..." line was shown by WeeChat as an unknown command.
     */
    @Test
    void aClearTextClientOnTheTlsPortGetsAnIrcError() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient forgot = room.keep(RawIrcClient.connect(room.ircTls));
            forgot.send("NICK forgot");
            assertEquals(List.of("ERROR :this port of the room only accepts TLS connections. Turn on TLS in your "
                    + "client (the desktop's \"Use TLS\", the console's --tls), or connect to the room's plain port."),
                    forgot.readToEnd());
        });
    }

    @Test
    void opensslSClientRegistersJoinsAndTalks() {
        RealClients.require("openssl", "openssl");
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient plain = room.inGeneral("plain");
            try (LineProcess openssl = LineProcess.start("openssl", "s_client", "-connect",
                    "127.0.0.1:" + room.ircTls.getPort(), "-quiet", "-crlf")) {
                openssl.send("NICK sslnick");
                openssl.send("USER sslnick 0 * :openssl s_client");
                openssl.await(" 001 sslnick ", WAIT);
                openssl.send("JOIN #general");
                openssl.await(" 366 sslnick #general ", WAIT);
                assertEquals(":sslnick!sslnick@irc.test JOIN #general", plain.await("JOIN #general"));

                openssl.send("PRIVMSG #general :hello from openssl");
                assertEquals(":sslnick!sslnick@irc.test PRIVMSG #general :hello from openssl",
                        plain.await("PRIVMSG"));
                plain.send("PRIVMSG #general :hello openssl");
                openssl.await("^:plain!plain@irc.test PRIVMSG #general :hello openssl$", WAIT);
            }
        });
    }
}
