package org.chatroom.irc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.chatroom.protocol.ServerEvent;
import org.chatroom.testing.RawExtendedClient;
import org.chatroom.testing.RawIrcClient;
import org.junit.jupiter.api.Test;

/** Bad input gets the numeric the specification names, and harms nobody else; long texts reach IRC whole. */
class IrcBadInputTest extends IrcRoomTest {

    @Test
    void overlongLinesAndTagsAreRefusedAndTheConnectionGoesOn() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient ada = room.inGeneral("ada");
            String longest = "PRIVMSG #general :" + "x".repeat(510 - "PRIVMSG #general :".length());
            ada.send(longest.substring(0, longest.length() - 1) + "yz");
            assertEquals(":irc.test 417 ada :Input line was too long", ada.line(), "511 bytes before CR LF");
            ada.send("@" + "a=" + "b".repeat(4092) + " PING x");
            assertEquals(":irc.test 417 ada :Input line was too long", ada.line(), "tags of 4,096 bytes");
            ada.send("PING " + "y".repeat(6000));
            assertEquals(":irc.test 417 ada :Input line was too long", ada.line(), "beyond the transport's frame");
            ada.send("@+draft/reply=abc;=bad PING x");
            assertTrue(ada.line().startsWith(":irc.test NOTICE ada :Malformed message"));
            ada.sendRaw(new byte[] { 'P', 'I', 'N', 'G', ' ', (byte) 0xC3, 0x28, '\r', '\n' });
            assertTrue(ada.line().startsWith(":irc.test NOTICE ada :This server speaks UTF-8 only"));
            ada.send("@+draft/reply=abc PING :" + "z".repeat(50));
            assertEquals(":irc.test PONG irc.test " + "z".repeat(50), ada.line(), "client tags are accepted");

            RawIrcClient bob = room.inGeneral("bob");
            ada.send(longest);
            String prefix = ":ada!ada@irc.test PRIVMSG #general :";
            String first = bob.await("PRIVMSG #general :");
            String second = bob.line();
            assertTrue(first.startsWith(prefix) && second.startsWith(prefix), first + "\n" + second);
            assertEquals("x".repeat(492), first.substring(prefix.length()) + second.substring(prefix.length()),
                    "the longest line, with the sender's prefix, reaches others as two lines");
        });
    }

    @Test
    void missingParametersGetTheirNumerics() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient ada = room.inGeneral("ada");
            ada.send("PRIVMSG");
            assertEquals(":irc.test 411 ada :No recipient given (PRIVMSG)", ada.line());
            ada.send("PRIVMSG #general");
            assertEquals(":irc.test 412 ada :No text to send", ada.line());
            ada.send("PRIVMSG #general :");
            assertEquals(":irc.test 412 ada :No text to send", ada.line());
            // formatting codes alone are no text once taken off: they reached everyone as an empty message
            for (String codes : new String[] { "\u0002\u0002", "\u0002 \u000f", "\u000304",
                    "\u0001ACTION \u0002\u0001" }) {
                ada.send("PRIVMSG #general :" + codes);
                assertEquals(":irc.test 412 ada :No text to send", ada.line(), "for " + codes.length() + " codes");
            }
            ada.send("NOTICE #general :\u0002\u0002"); // refused without a reply, as a NOTICE is
            ada.send("NOTICE #general");
            ada.send("PRIVMSG nobody :hi");
            assertTrue(ada.line().startsWith(":irc.test 401 ada nobody :"), "NOTICE got no reply, PRIVMSG did");
            ada.send("TOPIC");
            assertEquals(":irc.test 461 ada TOPIC :Not enough parameters", ada.line());
            ada.send("KICK #general");
            assertEquals(":irc.test 461 ada KICK :Not enough parameters", ada.line());
            ada.send("PART #nowhere");
            assertTrue(ada.line().startsWith(":irc.test 403 ada #nowhere :"));
            ada.send("CAP FROB");
            assertEquals(":irc.test 410 ada FROB :Invalid CAP command", ada.line());
            ada.send("PRIVMSG a,b,c,d,e :hi");
            List<String> replies = ada.until(" 407 ");
            assertEquals(":irc.test 407 ada e :Too many targets", replies.get(replies.size() - 1));
        });
    }

    @Test
    void aCtcpFloodDisconnectsTheFlooderAloneAndIsNeverRelayed() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawExtendedClient watcher = room.extended("watcher");
            RawIrcClient calm = room.inGeneral("calm");
            RawIrcClient flooder = room.inGeneral("flooder");
            calm.await("flooder!flooder@irc.test JOIN");
            ByteArrayOutputStream flood = new ByteArrayOutputStream();
            for (int i = 0; i < 1000; i++) {
                flood.writeBytes("PRIVMSG #general :\u0001VERSION\u0001\r\n".getBytes(StandardCharsets.UTF_8));
            }
            flooder.sendRaw(flood.toByteArray());
            List<String> last = flooder.readToEnd();
            assertTrue(last.stream().anyMatch(l -> l.startsWith("ERROR :Closing Link: You sent far too many messages")),
                    "" + last.subList(Math.max(0, last.size() - 3), last.size()));
            assertTrue(last.stream().anyMatch(l -> l.startsWith(":irc.test 263 flooder PRIVMSG :")),
                    "refused before it was disconnected");
            String quit = calm.await(" QUIT ");
            assertEquals(":flooder!flooder@irc.test QUIT :flooding", quit, "removed from the server: a QUIT");
            calm.send("PRIVMSG #general :still fine");
            assertEquals("calm", watcher.expect(ServerEvent.Join.class).name());
            assertEquals("flooder", watcher.expect(ServerEvent.Join.class).name());
            assertEquals("flooder", watcher.expect(ServerEvent.Leave.class).name());
            assertEquals("still fine", watcher.expect(ServerEvent.Msg.class).text(),
                    "the extended member's next event is calm's message: no CTCP was relayed");
        });
    }

    @Test
    void longMessagesFromOtherProtocolsReachIrcWholeInLinesOf512Bytes() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient ada = room.inGeneral("ada");
            RawExtendedClient writer = room.extended("writer");
            ada.await("writer!writer@irc.test JOIN");
            String text = "\u00e9".repeat(1000) + " " + "word ".repeat(300).strip();
            writer.send("MSG " + text);
            StringBuilder got = new StringBuilder();
            while (got.length() < text.length()) {
                String line = ada.await("PRIVMSG #general :");
                assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 510, line);
                String piece = line.substring(line.indexOf(" :") + 2);
                got.append(got.length() == 0 ? "" : " ").append(piece);
            }
            String joined = got.toString();
            assertEquals(text.replace(" ", ""), joined.replace(" ", ""), "nothing lost but the spaces cut at");
            assertFalse(joined.contains("\uFFFD"), "no character cut in two");
        });
    }
}
