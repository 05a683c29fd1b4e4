package org.chatroom.irc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.chatroom.testing.RawIrcClient;
import org.junit.jupiter.api.Test;

/** Registration ("Modern IRC": connection registration, CAP LS 302/REQ/END), the welcome burst, PING, QUIT. */
class IrcRegistrationTest extends IrcRoomTest {

    @Test
    void capNegotiationHoldsRegistrationAndTheWelcomeStatesTheRoomsLimits() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient ada = room.ircUnregistered();
            ada.send("CAP LS 302");
            assertEquals(":irc.test CAP * LS :server-time message-tags echo-message multi-prefix batch"
                    + " draft/chathistory draft/event-playback", ada.line());
            ada.send("NICK ada");
            ada.send("USER ada 0 * :Ada Lovelace");
            ada.send("CAP REQ :server-time echo-message");
            assertEquals(":irc.test CAP * ACK :server-time echo-message", ada.line());
            ada.send("CAP REQ :sasl");
            assertEquals(":irc.test CAP * NAK sasl", ada.line());
            ada.send("PING held");
            assertEquals(":irc.test PONG irc.test held", ada.line(), "nothing else (no welcome) before CAP END");
            ada.send("CAP END");
            assertEquals(":irc.test 001 ada :Welcome to the Chatroom Network, ada", ada.line());
            assertTrue(ada.line().startsWith(":irc.test 002 ada :Your host is irc.test"));
            String created = ada.line();
            assertTrue(created.matches(
                    ":irc\\.test 003 ada :This server was created \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"),
                    "a time to the second, as INFO gives it: " + created);
            assertEquals(":irc.test 004 ada irc.test chatroom-1.0 io bk bk", ada.line()); // +o: OPER
            List<String> burst = ada.until(" 376 ");
            String isupport = String.join(" ", burst.stream().filter(l -> l.contains(" 005 ")).toList());
            for (String token : List.of("CASEMAPPING=rfc7613", "CHANTYPES=#", "NICKLEN=32", "CHANNELLEN=33",
                    "TOPICLEN=4096", "CHANLIMIT=#:20", "UTF8ONLY", "NETWORK=Chatroom")) {
                assertTrue(isupport.contains(" " + token + " "), token + " in " + isupport);
            }
            assertTrue(burst.stream().anyMatch(l -> l.startsWith(":irc.test 251 ada :There are 1 users")), "" + burst);
            assertTrue(burst.contains(":irc.test 372 ada :- Welcome to Chatroom over IRC."), "" + burst);
        });
    }

    @Test
    void commandsBeforeRegistrationUnknownCommandsAndMissingParameters() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient early = room.ircUnregistered();
            early.send("JOIN #general");
            assertEquals(":irc.test 451 * :You have not registered", early.line());
            early.send("FROB x");
            assertEquals(":irc.test 421 * FROB :Unknown command", early.line());
            early.send("USER onlyone");
            assertEquals(":irc.test 461 * USER :Not enough parameters", early.line());
            early.send("NICK");
            assertEquals(":irc.test 431 * :No nickname given", early.line());
            early.send("PING :token with spaces");
            assertEquals(":irc.test PONG irc.test :token with spaces", early.line());
            early.send("NICK early");
            early.send("USER early 0 * :Early");
            early.await(" 376 early ");
            early.send("USER again 0 * :Again");
            assertEquals(":irc.test 462 early :You may not reregister", early.line());
            early.send("JOIN");
            assertEquals(":irc.test 461 early JOIN :Not enough parameters", early.line());
            early.send("frob");
            assertEquals(":irc.test 421 early FROB :Unknown command", early.line());
        });
    }

    @Test
    void nicksFollowBothRulesAndLookAlikesAreTaken() {
        assertTimeoutPreemptively(BOUND, () -> {
            room.extended("bob");
            RawIrcClient client = room.ircUnregistered();
            client.send("USER x 0 * :X");
            client.send("NICK b@d");
            assertTrue(client.line().startsWith(":irc.test 432 * b@d :"));
            client.send("NICK #bob");
            assertTrue(client.line().startsWith(":irc.test 432 * #bob :"));
            client.send("NICK BOB");
            assertTrue(client.line().startsWith(":irc.test 433 * BOB :"), "taken, compared case-insensitively");
            client.send("NICK b\u03bfb"); // Greek omicron
            assertTrue(client.line().startsWith(":irc.test 433 * b\u03bfb :"), "a look-alike is the same name");
            client.send("NICK " + "x".repeat(33));
            assertTrue(client.line().startsWith(":irc.test 432 * " + "x".repeat(33) + " :"), "NICKLEN is 32");
            client.send("NICK robert");
            assertEquals(":irc.test 001 robert :Welcome to the Chatroom Network, robert", client.line());
        });
    }

    /** The rooms stopped by their host: IRC users are told its reason, as the room's other members are. */
    @Test
    void stoppingTheRoomsTellsIrcUsersTheHostsReason() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient ada = room.inGeneral("ada");
            room.room.host.stop("The host closed the room.");
            assertEquals("ERROR :Closing Link: The host closed the room.", ada.await("^ERROR "));
        });
    }

    @Test
    void roomPasswordIsThePassCommand() {
        assertTimeoutPreemptively(BOUND, () -> {
            room.close();
            room = new IrcRoom(Map.of(".password", "s3cret"), Map.of());
            RawIrcClient wrong = room.ircUnregistered();
            wrong.send("PASS guess");
            wrong.send("NICK eve");
            wrong.send("USER eve 0 * :Eve");
            List<String> lines = wrong.readToEnd();
            assertTrue(lines.get(0).startsWith(":irc.test 464 * :Wrong password"), "" + lines);
            assertTrue(lines.get(lines.size() - 1).startsWith("ERROR :Closing Link: "), "" + lines);
            RawIrcClient none = room.ircUnregistered(); // no PASS: told a password is needed, not that it was wrong
            none.send("NICK ned");
            none.send("USER ned 0 * :Ned");
            List<String> told = none.readToEnd();
            assertTrue(told.get(0).startsWith(":irc.test 464 * :This room needs a password"), "" + told);
            RawIrcClient right = room.ircUnregistered();
            right.send("PASS s3cret");
            right.send("NICK amy");
            right.send("USER amy 0 * :Amy");
            assertEquals(":irc.test 001 amy :Welcome to the Chatroom Network, amy", right.line());
        });
    }

    /**
     * QUIT leaves every room with its message, which the other IRC users get as one QUIT however many channels they
     * share (a PART of each: irssi said "bob has left #general [Quit: see you]", and again for each channel).
     */
    @Test
    void quitLeavesTheRoomsWithItsMessage() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient ada = room.inGeneral("ada");
            RawIrcClient bob = room.inGeneral("bob");
            ada.await(":bob!bob@irc.test JOIN #general");
            String side = Conversation.channel("quitside");
            IrcRoom.join(ada, "ada", side);
            IrcRoom.join(bob, "bob", side);
            ada.await(":bob!bob@irc.test JOIN " + side);
            bob.send("QUIT :see you");
            List<String> last = bob.readToEnd();
            assertEquals("ERROR :Closing Link: Goodbye.", last.get(last.size() - 1));
            assertEquals(":bob!bob@irc.test QUIT :Quit: see you", ada.line());
            ada.send("PING after-the-quit");
            assertEquals(":irc.test PONG irc.test after-the-quit", ada.line(), "one QUIT, no PART of the other channel");
            assertFalse(room.room.host.status().members().contains("bob"));
        });
    }
}
