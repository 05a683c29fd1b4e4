package org.chatroom.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The IRC client's line handling: registration, join, PING, and tokens taken from PRIVMSG text only. */
class IrcSessionTest {

    private final Options options = Options.parse("--port", "6667", "--protocol", "irc", "--clients", "3",
            "--senders", "2");
    private final Connection c = new Connection(0, 0, false, options, 0, new Histogram(), new Histogram());

    @Test
    void registersJoinsOnWelcomeAndIsJoinedByItsOwnJoin() {
        c.state = Connection.State.AWAIT_PROMPT;
        c.irc.hello();
        assertEquals("NICK u0\r\nUSER u0 0 * :u0\r\n", sent());
        assertFalse(receive(":irc.test NOTICE * :*** Looking up your hostname\r\n:irc.test 001 u0 :Welcome\r\n"));
        assertEquals("JOIN #room\r\n", sent());
        assertFalse(receive(":u1!u1@127.0.0.1 JOIN :#room\r\n"), "someone else's join");
        assertTrue(receive(":u0!u0@127.0.0.1 JOIN :#room\r\n:irc.test 353 u0 = #room :u0 u1\r\n"));
        assertEquals(Connection.State.JOINED, c.state);
    }

    @Test
    void answersPing() {
        c.state = Connection.State.JOINED;
        receive("PING :irc.test\r\n");
        assertEquals("PONG :irc.test\r\n", sent());
    }

    @Test
    void scansOnlyPrivmsgTextEvenWhenSplitAcrossReads() {
        c.state = Connection.State.JOINED;
        receive(":u1!u1@h PRIVMSG #room :#1:4:");
        receive("7;\r\n:u1!u1@h TOPIC #room :#1:5:9;\r\n:u1!u1@h PRIVMSG #room :#1:5:8;\n");
        assertEquals(2, c.delivered, "the TOPIC's look-alike token is not a message");
        assertEquals(0, c.corrupt);
        receive(":u1!u1@h PRIVMSG #room :#1:6:x;\r\n");
        assertEquals(1, c.corrupt);
    }

    private boolean receive(String text) {
        return c.received(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1)), 1_000_000);
    }

    private String sent() {
        c.out.flip();
        String text = StandardCharsets.ISO_8859_1.decode(c.out).toString();
        c.out.clear();
        return text;
    }
}
