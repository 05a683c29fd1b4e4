package org.chatroom.client.irc.tests;

import static org.chatroom.client.irc.tests.IrcFixture.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.testing.HostedRoom;
import org.chatroom.testing.RawIrcClient;
import org.chatroom.testing.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Our client over IRC on Chatroom's own IRC listener, which offers {@code draft/chathistory} (and
 * {@code draft/event-playback}) from the room log: a channel's latest events on joining it (history, numbered in time order, before the notice that it was joined), an
 * older page on {@code /history N}, and after a Disconnect and Connect what was said meanwhile (not history the user
 * saw: numbered above everything shown, without the user's own lines, then "Back in ..."). A real room from DS with its
 * listener; the other member is a raw IRC client.
 */
class ChatHistoryClientTest {

    private static HostedRoom room;
    private static int ircPort;

    @BeforeAll
    static void startRoomAndListener() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            ircPort = free.getLocalPort();
        }
        Configuration configuration = Services.get(ConfigurationAdmin.class, "").getConfiguration("org.chatroom.irc",
                "?");
        Dictionary<String, Object> settings = new Hashtable<>();
        settings.put("port", ircPort);
        settings.put("tls.port", -1);
        settings.put("bind.address", "127.0.0.1");
        settings.put("server.name", "irc.test");
        configuration.update(settings);
        room = new HostedRoom(Map.of("roomlog.target", "(chat.roomlog=memory)", "rate.per.second", 0));
        long deadline = System.currentTimeMillis() + 20_000;
        while (!listening()) {
            assertTrue(System.currentTimeMillis() < deadline, "the IRC listener did not open port " + ircPort);
            Thread.sleep(50);
        }
    }

    private static boolean listening() {
        try (Socket socket = new Socket("127.0.0.1", ircPort)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @AfterAll
    static void stop() throws Exception {
        room.close();
        Services.get(ConfigurationAdmin.class, "").getConfiguration("org.chatroom.irc", "?").delete();
    }

    @Test
    void theChannelsHistoryComesOnJoiningOlderPagesOnAskingAndWhatWasMissedOnComingBack() throws Exception {
        try (RawIrcClient bob = RawIrcClient.register(new InetSocketAddress("127.0.0.1", ircPort), "bob");
                IrcFixture ada = new IrcFixture()) {
            bob.send("JOIN #history");
            bob.await(" 366 bob #history ");
            for (int i = 1; i <= 60; i++) {
                bob.send("PRIVMSG #history :line " + i);
            }
            bob.send("PRIVMSG #history :\u0001ACTION waves\u0001");
            bob.send("PING :said");
            bob.await("PONG .*said");

            ada.client.connect(IrcFixture.irc(ircPort, "ada", false, "#history"));
            ChatEvent joined = ada.listener.awaitEvent(notice("Joined #history."), WAIT);
            assertTrue(ada.client.keepsRoomHistory(), "the listener offers draft/chathistory");
            assertFalse(ada.client.searchesRoomHistory(), "IRC has no search");
            // the latest 50 events (draft/event-playback: joins too): ada's own join just now, and 49 said
            List<ChatEvent> latest = said(ada, e -> e.history());
            assertEquals(49, latest.size(), "the latest page: " + texts(latest));
            assertEquals("line 13", latest.get(0).text());
            assertEquals(Kind.ACTION, latest.get(48).kind());
            assertEquals("waves", latest.get(48).text());
            assertAscending(latest);
            List<ChatEvent> events = ada.listener.events();
            assertTrue(events.indexOf(latest.get(48)) < events.indexOf(joined), "the history before the notice");
            assertTrue(events.stream().anyMatch(e -> e.history() && e.kind() == Kind.JOIN && e.from().equals("ada")
                    && e.seq() > latest.get(48).seq()), "the join in the history: " + events);

            bob.send("PRIVMSG #history :live one");
            ChatEvent live = ada.listener.awaitEvent(e -> e.text().equals("live one"), WAIT);
            assertFalse(live.history());
            assertTrue(live.seq() > latest.get(48).seq(), "numbered after the history: " + live);

            ada.client.send("/history 20");
            ChatEvent page = ada.listener.awaitEvent(notice("13 older events in #history."), WAIT);
            List<ChatEvent> older = said(ada, e -> e.history() && e.seq() < latest.get(0).seq());
            assertEquals("line 1", older.get(0).text());
            assertEquals(12, older.size(), texts(older).toString());
            assertAscending(older);
            assertTrue(ada.listener.events().indexOf(older.get(11)) < ada.listener.events().indexOf(page));
            assertTrue(ada.listener.events().stream().anyMatch(e -> e.history() && e.kind() == Kind.JOIN
                    && e.from().equals("bob") && e.seq() < older.get(0).seq()), "bob's join, before his lines");

            // away: bob talks; ada's own line, said before, is not among what she missed
            ada.client.send("mine before leaving");
            bob.await(":ada!.* PRIVMSG #history :mine before leaving");
            assertTrue(ada.client.disconnectAndWait(WAIT));
            bob.send("PRIVMSG #history :while away 1");
            bob.send("PRIVMSG #history :\u0001ACTION while away 2\u0001");
            bob.send("PING :away");
            bob.await("PONG .*away");
            ada.client.connect(IrcFixture.irc(ircPort, "ada", false, "#history"));
            ChatEvent back = ada.listener.awaitEvent(notice("Back in #history: 2 messages while you were away."),
                    WAIT);
            List<ChatEvent> missed = said(ada, e -> e.history() && e.seq() > live.seq());
            assertEquals(List.of("while away 1", "while away 2"), texts(missed));
            assertTrue(ada.listener.events().indexOf(missed.get(1)) < ada.listener.events().indexOf(back));
            assertEquals(ConnectionState.CONNECTED, ada.client.state());
            assertEquals(1, said(ada, e -> e.text().equals("mine before leaving")).size(),
                    "own line shown once, as written");
        }
    }

    private static Predicate<ChatEvent> notice(String text) {
        return e -> e.kind() == Kind.NOTICE && e.text().equals(text) && e.room().equals("#history") && !e.history();
    }

    /** The messages and actions of #history ada was given that match {@code wanted}, in the order given. */
    private static List<ChatEvent> said(IrcFixture ada, Predicate<ChatEvent> wanted) {
        List<ChatEvent> said = new ArrayList<>();
        for (ChatEvent event : ada.listener.events()) {
            if ((event.kind() == Kind.MESSAGE || event.kind() == Kind.ACTION) && event.room().equals("#history")
                    && wanted.test(event)) {
                said.add(event);
            }
        }
        return said;
    }

    private static void assertAscending(List<ChatEvent> events) {
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i).seq() > events.get(i - 1).seq(), "numbered in order: " + events);
            assertFalse(events.get(i).time().isBefore(events.get(i - 1).time()), "in time order: " + events);
        }
    }

    private static List<String> texts(List<ChatEvent> events) {
        return events.stream().map(ChatEvent::text).toList();
    }
}
