package org.chatroom.client.irc.tests;

import static org.chatroom.client.irc.tests.IrcFixture.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.client.RoomListing;
import org.chatroom.testing.InspircdServer;
import org.chatroom.testing.RawIrcUser;
import org.chatroom.testing.TypesWhenConnected;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Our client (the ChatClient service with IRC settings) and a raw IRC user on a real InspIRCd: registration, the
 * channel as a room with its members, messages and actions both ways, a topic, a nick change, private messages,
 * server errors, long messages split within the 512-byte line, part and quit.
 */
class InspircdChannelTest {

    private static InspircdServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = InspircdServer.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    /**
     * A line typed the moment the client says it is connected (at the welcome, 001): the channel's JOIN went out
     * before, so the line follows it to the channel. It was answered "You are in no room" and lost (the input field
     * cleared) while the server had not yet confirmed the join.
     */
    @Test
    void aLineTypedTheMomentTheClientIsConnectedReachesTheChannel() throws Exception {
        try (IrcFixture ada = new IrcFixture(); RawIrcUser bob = new RawIrcUser(server.port, "bob2")) {
            bob.send("JOIN #early");
            bob.await(line -> line.contains(" 366 "), WAIT);
            BundleContext context = FrameworkUtil.getBundle(InspircdChannelTest.class).getBundleContext();
            try (TypesWhenConnected eager = new TypesWhenConnected(context, ada.client, "typed at once")) {
                ada.client.connect(IrcFixture.irc(server.port, "eager", false, "#early"));
                bob.await(line -> line.startsWith(":eager!") && line.endsWith("PRIVMSG #early :typed at once"), WAIT);
                assertTrue(eager.accepted(), "the client took the line");
                assertFalse(ada.listener.events().stream().anyMatch(e -> e.kind() == Kind.ERROR),
                        "no error for it: " + ada.listener.events());
            }
        }
    }

    /**
     * The channel list a caller asks for ({@code listRooms()}, the desktop's Join Room dialog): {@code LIST}'s replies
     * with each channel's users and topic, the modes InspIRCd puts before the topic taken off; not shown as events.
     */
    @Test
    void theChannelListComesWithUsersAndTopics() throws Exception {
        try (IrcFixture ada = new IrcFixture(); RawIrcUser bob = new RawIrcUser(server.port, "bob3")) {
            bob.send("JOIN #listed");
            bob.await(line -> line.contains(" 366 "), WAIT);
            bob.send("TOPIC #listed :what we list");
            bob.await(line -> line.contains("TOPIC #listed :what we list"), WAIT);
            ada.client.connect(IrcFixture.irc(server.port, "lister", false, "#other"));
            ada.listener.awaitMembers(List.of("lister"), WAIT);
            assertTrue(ada.client.listRooms());
            List<RoomListing> rooms = ada.listener.awaitRoomList(1, WAIT);
            assertTrue(rooms.contains(new RoomListing("#listed", 1, "what we list")), rooms.toString());
            assertTrue(rooms.contains(new RoomListing("#other", 1, "")), rooms.toString());
            assertFalse(ada.listener.events().stream().anyMatch(e -> e.text().contains("what we list")),
                    "the list is the caller's, not shown: " + ada.listener.events());
        }
    }

    /**
     * CTCP requests from another IRC user ({@code /ctcp NICK VERSION}, irssi's {@code /ping}) get the answers IRC
     * clients give, as NOTICEs; a burst of requests gets at most 3 answers in 10 s, and none is shown to the user.
     */
    @Test
    void ctcpRequestsAreAnsweredButNotAFloodOfThem() throws Exception {
        try (IrcFixture ada = new IrcFixture(); RawIrcUser bob = new RawIrcUser(server.port, "bob_ctcp")) {
            ada.client.connect(IrcFixture.irc(server.port, "ada_ctcp", false, "#ctcp"));
            ada.listener.awaitMembers(List.of("ada_ctcp"), WAIT);
            bob.send("PRIVMSG ada_ctcp :\u0001VERSION\u0001");
            String version = bob.await(line -> line.startsWith(":ada_ctcp!")
                    && line.contains(" NOTICE bob_ctcp :\u0001VERSION Chatroom "), WAIT);
            assertTrue(version.endsWith("\u0001"), version);
            bob.send("PRIVMSG ada_ctcp :\u0001PING 1764892800 417\u0001");
            bob.await(line -> line.startsWith(":ada_ctcp!")
                    && line.endsWith(" NOTICE bob_ctcp :\u0001PING 1764892800 417\u0001"), WAIT);
            for (int i = 0; i < 5; i++) {
                bob.send("PRIVMSG ada_ctcp :\u0001TIME\u0001");
            }
            bob.send("PRIVMSG ada_ctcp :are you there?");
            ada.listener.awaitEvent(e -> e.kind() == Kind.PRIVATE && e.text().equals("are you there?"), WAIT);
            ada.client.send("/msg bob_ctcp yes"); // queued after any answer ada's client wrote
            List<String> seen = bob.awaitLines(all -> all.stream().anyMatch(l -> l.endsWith("PRIVMSG bob_ctcp :yes")),
                    WAIT);
            List<String> answers = seen.stream().filter(l -> l.contains(" NOTICE bob_ctcp :\u0001")).toList();
            assertEquals(3, answers.size(), "VERSION, PING and one TIME in 10 s, the rest unanswered: " + answers);
            assertFalse(ada.listener.events().stream().anyMatch(e -> e.text().contains("VERSION")
                    || e.text().contains("TIME")), "requests are answered, not shown: " + ada.listener.events());
        }
    }

    /**
     * What mIRC, HexChat and bots send with bold and colours reaches the user as its words: the desktop drew the codes
     * as boxes and a colour's number as text ("\u0003" "4red"). A private message to a nick nobody has is refused in
     * that conversation (the event names the nick), not in whichever channel was the client's current one.
     */
    @Test
    void formattingIsTakenOffAndAMessageToNobodyIsRefusedInItsConversation() throws Exception {
        try (IrcFixture ada = new IrcFixture(); RawIrcUser bob = new RawIrcUser(server.port, "bob_fmt")) {
            together(bob, "bob_fmt", ada, "ada_fmt", "#fmt");
            bob.send("PRIVMSG #fmt :plain \u0002bold\u0002 and \u00034,12red on blue\u0003 \u001Ditalic\u000F end");
            ada.listener.awaitEvent(e -> e.kind() == Kind.MESSAGE && e.from().equals("bob_fmt")
                    && e.text().equals("plain bold and red on blue italic end"), WAIT);
            bob.send("PRIVMSG #fmt :\u0001ACTION waves \u000303green\u0003\u0001");
            ada.listener.awaitEvent(e -> e.kind() == Kind.ACTION && e.text().equals("waves green"), WAIT);
            bob.send("TOPIC #fmt :\u0002Rules\u0002: be kind");
            ada.listener.awaitEvent(e -> e.kind() == Kind.TOPIC && e.text().equals("Rules: be kind"), WAIT);

            assertTrue(ada.client.send("/msg nobody_here hello?"));
            ChatEvent refused = ada.listener.awaitEvent(e -> e.kind() == Kind.ERROR, WAIT);
            assertEquals("nobody_here", refused.to(), "the conversation it belongs to: " + refused);
            assertEquals("", refused.room(), "not a channel's: " + refused);
            assertTrue(refused.text().contains("nobody_here"), refused.text());
        }
    }

    @Test
    void chatsInAChannelWithAnotherIrcUser() throws Exception {
        try (IrcFixture ada = new IrcFixture(); RawIrcUser bob = new RawIrcUser(server.port, "bob")) {
            bob.send("JOIN #chat"); // bob creates the channel and is its operator (+nt)
            bob.await(line -> line.contains(" 366 "), WAIT);
            ada.client.connect(IrcFixture.irc(server.port, "ada", false, "#chat"));
            ada.listener.awaitState(ConnectionState.CONNECTED, WAIT);
            assertEquals("ada", ada.client.nickname());
            ada.listener.awaitEvent(e -> e.kind() == Kind.JOIN && e.from().equals("ada") && e.room().equals("#chat"),
                    WAIT);
            ada.listener.awaitMemberSet(Set.of("bob", "ada"), WAIT);
            assertEquals(List.of("#chat"), ada.client.rooms());
            assertEquals("#chat", ada.client.room());
            assertFalse(ada.client.keepsRoomHistory(), "an IRC network keeps no history for the client to search");
            bob.await(line -> line.startsWith(":ada!") && line.contains("JOIN"), WAIT);

            bob.send("PRIVMSG #chat :hello ada");
            ada.listener.awaitEvent(e -> e.kind() == Kind.MESSAGE && e.from().equals("bob")
                    && e.text().equals("hello ada") && e.room().equals("#chat"), WAIT);
            assertTrue(ada.client.send("hi bob, é ✓"));
            bob.await(line -> line.startsWith(":ada!") && line.endsWith("PRIVMSG #chat :hi bob, é ✓"), WAIT);
            ada.listener.awaitEvent(e -> e.kind() == Kind.MESSAGE && e.from().equals("ada")
                    && e.text().equals("hi bob, é ✓"), WAIT);

            ada.client.send("/me waves");
            bob.await(line -> line.endsWith("PRIVMSG #chat :\u0001ACTION waves\u0001"), WAIT);
            bob.send("PRIVMSG #chat :\u0001ACTION bows\u0001");
            ada.listener.awaitEvent(e -> e.kind() == Kind.ACTION && e.from().equals("bob") && e.text().equals("bows"),
                    WAIT);

            ada.client.send("/topic ada's topic");
            ChatEvent refused = ada.listener.awaitEvent(e -> e.kind() == Kind.ERROR && e.text().contains("#chat"),
                    WAIT);
            assertTrue(refused.text().contains("channel operator"), refused.text());
            bob.send("TOPIC #chat :Welcome to #chat");
            ada.listener.awaitEvent(e -> e.kind() == Kind.TOPIC && e.from().equals("bob")
                    && e.text().equals("Welcome to #chat") && e.room().equals("#chat"), WAIT);

            ada.client.send("/msg bob psst");
            bob.await(line -> line.startsWith(":ada!") && line.endsWith("PRIVMSG bob :psst"), WAIT);
            bob.send("PRIVMSG ada :psst back");
            ada.listener.awaitEvent(e -> e.kind() == Kind.PRIVATE && e.from().equals("bob")
                    && e.text().equals("psst back") && e.room().isEmpty(), WAIT);
            ada.client.send("/msg nobody hello?");
            ChatEvent noSuchNick = ada.listener.awaitEvent(e -> e.kind() == Kind.ERROR
                    && e.text().contains("nobody"), WAIT);
            assertEquals("There is no one called nobody on this network.", noSuchNick.text());

            ada.client.send("/nick ada2");
            ada.listener.awaitEvent(e -> e.kind() == Kind.NICK && e.from().equals("ada") && e.text().equals("ada2")
                    && e.room().equals("#chat"), WAIT);
            bob.await(line -> line.startsWith(":ada!") && line.contains("NICK") && line.endsWith("ada2"), WAIT);
            assertEquals("ada2", ada.client.nickname());
            ada.listener.awaitMemberSet(Set.of("bob", "ada2"), WAIT);

            ada.client.send("/part #chat see you");
            bob.await(line -> line.startsWith(":ada2!") && line.contains("PART #chat"), WAIT);
            ada.listener.awaitEvent(e -> e.kind() == Kind.LEAVE && e.from().equals("ada2"), WAIT);
            assertEquals(List.of(), ada.client.rooms());
            ada.listener.awaitMembers(List.of(), WAIT); // the list of the channel left is not kept on show

            ada.client.send("/join #chat");
            ada.listener.awaitCount(e -> e.kind() == Kind.JOIN && e.from().equals("ada2"), 1, WAIT);
            ada.listener.awaitEvent(e -> e.kind() == Kind.TOPIC && e.history(), WAIT); // 332 on joining
            bob.send("QUIT :bye all");
            ada.listener.awaitEvent(e -> e.kind() == Kind.LEAVE && e.from().equals("bob")
                    && e.text().contains("bye all") && e.room().equals("#chat"), WAIT);
            assertEquals(List.of("ada2"), ada.client.members("#chat"), "without bob when his leave is told");
            assertEquals(List.of(), ada.client.members("#elsewhere"), "a channel the client is not in");
            ada.listener.awaitMembers(List.of("ada2"), WAIT);
        }
    }

    /**
     * What a server answers to a line the user quoted ({@code /quote WHOIS bob}) is shown, and so is the away message
     * of whom the user writes to: both were dropped, so that nothing came back (seen with our console).
     */
    @Test
    void repliesTheUserAskedForAndAwayMessagesAreShown() throws Exception {
        try (IrcFixture ada = new IrcFixture(); RawIrcUser bob = new RawIrcUser(server.port, "bob_away")) {
            ada.client.connect(IrcFixture.irc(server.port, "ada_asks", false, "#asks"));
            ada.listener.awaitEvent(e -> e.kind() == Kind.JOIN && e.room().equals("#asks"), WAIT);
            ada.client.send("/quote WHOIS bob_away");
            ada.listener.awaitEvent(e -> e.kind() == Kind.NOTICE && e.text().startsWith("bob_away ")
                    && e.text().contains("bob_away"), WAIT); // 311: nick, user, host, real name
            bob.send("AWAY :at lunch");
            bob.await(line -> line.contains(" 306 "), WAIT);
            ada.client.send("/msg bob_away are you there?");
            ada.listener.awaitEvent(e -> e.kind() == Kind.NOTICE && e.text().equals("bob_away is away: at lunch"),
                    WAIT);
            assertFalse(ada.listener.events().stream().anyMatch(e -> e.text().matches("#asks \\d+.*")),
                    "the channel's creation time (329) is not shown: " + ada.listener.events());
        }
    }

    /**
     * {@code /list} (and {@code /rooms}, as on Chatroom rooms; {@code /quote LIST} too) shows the channels with their
     * members and topics, then how many: the replies went to the Join Room dialog's collector, and nothing was shown.
     */
    @Test
    void theChannelListTheUserAsksForIsShown() throws Exception {
        try (IrcFixture ada = new IrcFixture()) {
            ada.client.connect(IrcFixture.irc(server.port, "ada_lists", false, "#listed"));
            ada.listener.awaitEvent(e -> e.kind() == Kind.JOIN && e.room().equals("#listed"), WAIT);
            ada.client.send("/topic plans for today");
            ada.listener.awaitEvent(e -> e.kind() == Kind.TOPIC && e.text().equals("plans for today"), WAIT);
            Predicate<ChatEvent> listed = e -> e.kind() == Kind.NOTICE
                    && e.text().equals("#listed (1 member): plans for today");
            ada.client.send("/list #listed");
            ada.listener.awaitEvent(listed, WAIT);
            ada.listener.awaitEvent(e -> e.kind() == Kind.NOTICE && e.text().startsWith("1 channel."), WAIT);
            ada.client.send("/rooms");
            ada.listener.awaitCount(listed, 2, WAIT);
            ada.listener.awaitCount(e -> e.kind() == Kind.NOTICE && e.text().matches("\\d+ channels?\\. .*"), 2, WAIT);
        }
    }

    /**
     * {@code /create} makes a channel by joining it (the desktop's Create Room... sends it; it was an unknown command),
     * and {@code /topic -delete} removes the topic, as on a Chatroom server (it set the topic "-delete").
     */
    @Test
    void createMakesAChannelAndTopicDeleteRemovesItsTopic() throws Exception {
        try (IrcFixture ada = new IrcFixture()) {
            ada.client.connect(IrcFixture.irc(server.port, "ada_topic", false));
            ada.listener.awaitState(ConnectionState.CONNECTED, WAIT);
            // the desktop's Create Room... sends /create: on IRC a channel is made by joining it (it was unknown)
            ada.client.send("/create #own");
            ada.listener.awaitEvent(e -> e.kind() == Kind.JOIN && e.room().equals("#own"), WAIT); // its operator
            ada.client.send("/topic ours for now");
            ada.listener.awaitEvent(e -> e.kind() == Kind.TOPIC && e.text().equals("ours for now"), WAIT);
            ada.client.send("/topic -delete");
            ada.listener.awaitEvent(e -> e.kind() == Kind.TOPIC && e.text().isEmpty() && e.room().equals("#own"),
                    WAIT);
            assertFalse(ada.listener.events().stream().anyMatch(e -> e.text().equals("-delete")),
                    ada.listener.events().toString());
        }
    }

    /**
     * An invitation either way: the server's INVITE to us is a notice naming the channel, {@code /invite NICK}
     * invites to the channel typing goes to, and the server's 341 confirms it. Before, both were dropped silently.
     */
    @Test
    void invitationsAreShownAndSent() throws Exception {
        try (IrcFixture ada = new IrcFixture(); RawIrcUser bob = new RawIrcUser(server.port, "bob3")) {
            bob.send("JOIN #inner");
            bob.await(line -> line.contains(" 366 "), WAIT);
            ada.client.connect(IrcFixture.irc(server.port, "ada3", false, "#outer"));
            ada.listener.awaitEvent(e -> e.kind() == Kind.JOIN && e.from().equals("ada3"), WAIT);

            bob.send("INVITE ada3 #inner");
            ChatEvent invited = ada.listener.awaitEvent(e -> e.kind() == Kind.NOTICE
                    && e.text().contains("invites you"), WAIT);
            assertEquals("bob3 invites you to #inner: /join #inner to go in.", invited.text());
            assertEquals("", invited.from(), "the text names the inviter: a window shows it once");

            bob.send("NOTICE ada3 :heads up");
            ChatEvent notice = ada.listener.awaitEvent(e -> e.kind() == Kind.NOTICE && e.from().equals("bob3"), WAIT);
            assertEquals("heads up", notice.text(), "the sender is named once, in from (the window shows it)");

            ada.client.send("/invite bob3");
            bob.await(line -> line.startsWith(":ada3!") && line.endsWith("INVITE bob3 :#outer")
                    || line.startsWith(":ada3!") && line.endsWith("INVITE bob3 #outer"), WAIT);
            ChatEvent sent = ada.listener.awaitEvent(e -> e.kind() == Kind.NOTICE
                    && e.text().startsWith("You invited"), WAIT);
            assertEquals("You invited bob3 to #outer.", sent.text());
            assertEquals("#outer", sent.room());

            ada.client.send("/join #inner");
            ada.listener.awaitEvent(e -> e.kind() == Kind.JOIN && e.from().equals("ada3")
                    && e.room().equals("#inner"), WAIT);
            assertEquals("#inner", ada.client.room(), "typing goes to the channel the user joined");
            ada.client.send("taking the invitation");
            bob.await(line -> line.startsWith(":ada3!") && line.endsWith("PRIVMSG #inner :taking the invitation"),
                    WAIT);
        }
    }

    @Test
    void longMessagesAreSplitIntoLinesOfAtMost512BytesAndArriveWhole() throws Exception {
        try (IrcFixture ada = new IrcFixture(); RawIrcUser bob = new RawIrcUser(server.port, "bob_long")) {
            together(bob, "bob_long", ada, "ada_long", "#long");
            StringBuilder text = new StringBuilder();
            for (int i = 0; text.length() < 1500; i++) {
                text.append("word").append(i).append(" é✓😀 ");
            }
            String sent = text.toString().strip();
            ada.client.send(sent);
            String marker = "PRIVMSG #long :";
            String wanted = sent.replace(" ", "");
            List<String> received = bob.awaitLines(lines -> joined(lines, marker).length() >= wanted.length(), WAIT)
                    .stream().filter(line -> line.contains(marker)).collect(Collectors.toList());
            assertTrue(received.size() >= 4, "split into " + received.size() + " lines");
            for (String line : received) {
                int bytes = (line + "\r\n").getBytes(StandardCharsets.UTF_8).length;
                assertTrue(bytes <= 512, bytes + " bytes: " + line);
                assertTrue(!line.contains("\uFFFD"), "a character was cut: " + line);
            }
            assertEquals(wanted, joined(received, marker));
        }
    }

    /** The texts of the lines carrying {@code marker}, concatenated, without spaces. */
    private static String joined(List<String> lines, String marker) {
        return lines.stream().filter(line -> line.contains(marker))
                .map(line -> line.substring(line.indexOf(marker) + marker.length()))
                .collect(Collectors.joining("")).replace(" ", "");
    }

    /** {@code bob} makes {@code channel}, then {@code ada}'s client connects as {@code nick} and joins it. */
    private static void together(RawIrcUser bob, String bobNick, IrcFixture ada, String nick, String channel)
            throws Exception {
        bob.send("JOIN " + channel);
        bob.await(line -> line.contains(" 366 "), WAIT);
        ada.client.connect(IrcFixture.irc(server.port, nick, false, channel));
        ada.listener.awaitMemberSet(Set.of(bobNick, nick), WAIT);
    }
}
