package org.chatroom.irc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.chatroom.room.password.PasswordHash;
import org.chatroom.testing.RawIrcClient;
import org.junit.jupiter.api.Test;

/**
 * SASL PLAIN against the accounts of the configuration ({@code accounts}, hashed as for OPER): CAP LS 302 offers
 * {@code sasl=PLAIN}; AUTHENTICATE and the numerics 900, 903 to 908.
 */
class SaslTest extends IrcRoomTest {

    /** 294 characters: with "\0long\0" the PLAIN response is 300 bytes, exactly one full chunk of base64. */
    static final String LONG_SECRET = "x".repeat(294);

    @Override
    Map<String, Object> ircSettings() {
        return Map.of("accounts", new String[] { "ada " + hash("ada-secret"), "long " + hash(LONG_SECRET) },
                "sasl.attempts", 2);
    }

    static String hash(String password) {
        return PasswordHash.of(password, 1000).encoded();
    }

    static String plain(String authzid, String account, String password) {
        byte[] response = (authzid + "\0" + account + "\0" + password).getBytes(StandardCharsets.UTF_8);
        return Base64.getEncoder().encodeToString(response);
    }

    /** Connects, asks for sasl with CAP LS 302 and REQ, and gives nick and user (registration waits for CAP END). */
    static RawIrcClient negotiating(IrcRoom room, String nick) throws IOException {
        RawIrcClient client = room.ircUnregistered();
        client.send("CAP LS 302");
        assertTrue(client.await(" CAP \\* LS ").matches(":irc.test CAP \\* LS :.*\\bsasl=PLAIN\\b.*"));
        client.send("CAP REQ :sasl");
        assertEquals(":irc.test CAP * ACK sasl", client.line());
        client.send("NICK " + nick);
        client.send("USER " + nick + " 0 * :" + nick);
        return client;
    }

    @Test
    void plainLogsInAndWhoisShowsTheAccount() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient ada = negotiating(room, "adanick");
            ada.send("AUTHENTICATE PLAIN");
            assertEquals("AUTHENTICATE +", ada.line());
            ada.send("AUTHENTICATE " + plain("", "ada", "ada-secret"));
            assertEquals(List.of(":irc.test 900 * adanick!adanick@irc.test ada :You are now logged in as ada",
                    ":irc.test 903 * :SASL authentication successful"), List.of(ada.line(), ada.line()));
            ada.send("AUTHENTICATE PLAIN");
            assertEquals(":irc.test 907 * :You have already authenticated using SASL", ada.line());
            ada.send("CAP END");
            assertTrue(ada.await(" 001 ").startsWith(":irc.test 001 adanick :Welcome"));

            RawIrcClient bob = room.irc("bob");
            bob.send("WHOIS adanick");
            List<String> whois = bob.until(" 318 ");
            assertTrue(whois.contains(":irc.test 330 bob adanick ada :is logged in as"), "" + whois);
            bob.send("WHOIS bob");
            List<String> own = bob.until(" 318 ");
            assertTrue(own.stream().noneMatch(line -> line.contains(" 330 ")), "bob has no account: " + own);
            bob.send("AUTHENTICATE PLAIN");
            String late = bob.line();
            assertTrue(late.startsWith(":irc.test 904 bob :"), "after registration: " + late);
        });
    }

    @Test
    void aResponseOfExactlyOneChunkIsEndedByPlus() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient client = negotiating(room, "longnick");
            String response = plain("", "long", LONG_SECRET);
            assertEquals(400, response.length());
            client.send("AUTHENTICATE PLAIN");
            client.line();
            client.send("AUTHENTICATE " + response);
            client.send("AUTHENTICATE +");
            assertTrue(client.line().contains(" 900 * longnick!longnick@irc.test long :"));
            assertEquals(":irc.test 903 * :SASL authentication successful", client.line());
        });
    }

    @Test
    void aResponseInTwoChunks() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient client = negotiating(room, "split");
            String response = plain("", "long", LONG_SECRET + "y"); // 404 characters
            client.send("AUTHENTICATE PLAIN");
            client.line();
            client.send("AUTHENTICATE " + response.substring(0, 400));
            client.send("AUTHENTICATE " + response.substring(400));
            assertEquals(":irc.test 904 * :SASL authentication failed", client.line(), "the wrong password");
        });
    }

    @Test
    void refusalsAndTheLastFailureCloses() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient client = negotiating(room, "eve");
            client.send("AUTHENTICATE PLAIN");
            client.line();
            client.send("AUTHENTICATE *");
            assertEquals(":irc.test 906 * :SASL authentication aborted", client.line());
            client.send("AUTHENTICATE PLAIN");
            client.line();
            client.send("AUTHENTICATE " + "A".repeat(401));
            assertEquals(":irc.test 905 * :SASL message too long", client.line());
            client.send("AUTHENTICATE PLAIN");
            client.line();
            client.send("AUTHENTICATE " + plain("bob", "ada", "ada-secret"));
            assertEquals(":irc.test 904 * :SASL authentication failed", client.line(), "another authzid");
            client.send("AUTHENTICATE EXTERNAL");
            assertEquals(List.of(":irc.test 908 * PLAIN :are available SASL mechanisms",
                    ":irc.test 904 * :SASL authentication failed"), List.of(client.line(), client.line()));
            List<String> last = client.readToEnd();
            assertTrue(last.get(last.size() - 1).startsWith("ERROR :Closing Link: Too many failed SASL logins"),
                    "sasl.attempts 2: " + last);
        });
    }

    @Test
    void capEndDuringAnExchangeAbortsIt() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient client = negotiating(room, "hasty");
            client.send("AUTHENTICATE PLAIN");
            client.line();
            client.send("CAP END");
            assertEquals(":irc.test 906 * :SASL authentication aborted", client.line());
            assertTrue(client.line().startsWith(":irc.test 001 hasty "), "registered without an account");
        });
    }

    @Test
    void withoutAccountsSaslIsNotOffered() throws Exception {
        room.close();
        room = new IrcRoom();
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient client = room.ircUnregistered();
            client.send("CAP LS 302");
            String ls = client.line();
            assertTrue(ls.startsWith(":irc.test CAP * LS :") && !ls.contains("sasl"), ls);
            client.send("CAP REQ :sasl");
            assertEquals(":irc.test CAP * NAK sasl", client.line());
            client.send("AUTHENTICATE PLAIN");
            assertTrue(client.line().startsWith(":irc.test 904 * :"));
        });
    }
}
