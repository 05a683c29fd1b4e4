package org.chatroom.client.irc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Dictionary;
import java.util.HexFormat;
import java.util.Hashtable;
import java.util.Map;

import javax.net.ssl.SSLSocket;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.testing.HostedRoom;
import org.chatroom.testing.Services;
import org.chatroom.testing.tls.TrustAnyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Our IRC client over TLS to a server with a self-signed certificate (Chatroom's own listener, as a desktop host's):
 * without a fingerprint it refuses the certificate and says what to do; with the certificate's SHA-256 fingerprint set
 * it trusts that certificate (whatever host it names) and talks; with another fingerprint it refuses, naming both.
 */
class TlsFingerprintTest {

    private static final Duration WAIT = IrcFixture.WAIT;
    private static HostedRoom room;
    private static int tlsPort;
    private static String fingerprint;

    @BeforeAll
    static void startRoomAndListener() throws Exception {
        int port = freePort();
        tlsPort = freePort();
        Configuration configuration = Services.get(ConfigurationAdmin.class, "").getConfiguration("org.chatroom.irc",
                "?");
        Dictionary<String, Object> settings = new Hashtable<>();
        settings.put("port", port);
        settings.put("tls.port", tlsPort);
        settings.put("bind.address", "127.0.0.1");
        configuration.update(settings);
        room = new HostedRoom(Map.of("roomlog.target", "(chat.roomlog=memory)"));
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            try (Socket probe = new Socket("127.0.0.1", tlsPort)) {
                break;
            } catch (IOException e) {
                assertTrue(System.currentTimeMillis() < deadline, "the IRC listener did not open port " + tlsPort);
                Thread.sleep(50);
            }
        }
        try (SSLSocket socket = (SSLSocket) TrustAnyServer.context().getSocketFactory().createSocket("127.0.0.1",
                tlsPort)) {
            socket.startHandshake();
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(socket.getSession().getPeerCertificates()[0].getEncoded());
            fingerprint = HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (room != null) {
            room.close();
        }
        Services.get(ConfigurationAdmin.class, "").getConfiguration("org.chatroom.irc", "?").delete();
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    private static ClientSettings tls(String nick, String trusted) {
        ClientSettings plain = IrcFixture.irc(tlsPort, nick, true, "#general");
        return new ClientSettings(plain.host(), plain.port(), nick, true, plain.protocol(), plain.connectTimeout(),
                true, "", plain.channels(), "", trusted);
    }

    @Test
    void aSelfSignedCertificateIsRefusedWithWhatToDo() throws Exception {
        try (IrcFixture ada = new IrcFixture()) {
            ada.client.connect(tls("ada", ""));
            String detail = ada.listener.awaitStateWith(ConnectionState.DISCONNECTED,
                    d -> d != null && d.contains("not signed by an authority"), WAIT);
            assertTrue(detail.contains("127.0.0.1:" + tlsPort) && detail.contains("fingerprint"), detail);
        }
    }

    @Test
    void theFingerprintSetIsTrustedAndTheClientTalks() throws Exception {
        try (IrcFixture ada = new IrcFixture()) {
            // written without colons, in lower case: both are accepted
            ada.client.connect(tls("ada", fingerprint.replace(":", "").toLowerCase()));
            ada.listener.awaitEvent(e -> e.text().equals("Joined #general."), WAIT);
            assertEquals(ConnectionState.CONNECTED, ada.client.state());
            ada.client.send("hello over pinned TLS");
            ChatEvent echoed = ada.listener.awaitEvent(e -> e.text().equals("hello over pinned TLS"), WAIT);
            assertEquals("ada", echoed.from());
        }
    }

    @Test
    void anotherCertificateThanTheOneSetIsRefusedNamingBoth() throws Exception {
        String half = "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF";
        String other = half + ":" + half;
        try (IrcFixture ada = new IrcFixture()) {
            ada.client.connect(tls("ada", other));
            String detail = ada.listener.awaitStateWith(ConnectionState.DISCONNECTED,
                    d -> d != null && d.contains(other), WAIT);
            assertTrue(detail.contains(fingerprint), "the certificate presented is named too: " + detail);
        }
    }
}
