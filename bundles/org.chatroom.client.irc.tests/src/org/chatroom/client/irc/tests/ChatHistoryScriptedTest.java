package org.chatroom.client.irc.tests;

import static org.chatroom.client.irc.tests.IrcFixture.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.api.client.ConnectionState;
import org.junit.jupiter.api.Test;

/**
 * The channel history cases Chatroom's own listener does not show at will, against a scripted server: the server's
 * limit ({@code CHATHISTORY=2}) lowers what is asked; a line heard live before the answer that repeats it is shown
 * once; a resume whose answers come full asks again until one is not; a refused request ({@code FAIL CHATHISTORY})
 * is told, and ends the older page the user waits for. Until each is answered, a program that leaves is told to wait
 * ({@code awaitsAnswers()}).
 */
class ChatHistoryScriptedTest {

    @Test
    void limitsRepeatsFullResumesAndRefusals() throws Exception {
        try (IrcPeer server = new IrcPeer(); IrcFixture fixture = new IrcFixture()) {
            fixture.client.connect(IrcFixture.irc(server.port(), "ada", true, "#h"));
            server.accept();
            register(server);
            server.send(":ada!a@host JOIN #h");
            String latest = server.readUntil("CHATHISTORY ");
            server.send("@msgid=m3;time=2026-12-06T10:00:03.000Z :bob!b@host PRIVMSG #h :three");
            assertEquals("CHATHISTORY LATEST #h * 2", latest, "the server's limit, not the client's 50");
            assertTrue(fixture.client.awaitsAnswers(), "a program leaving now would not see the channel's history");
            server.send(":irc.test BATCH +b1 chathistory #h");
            server.send("@batch=b1;msgid=m2;time=2026-12-06T10:00:02.000Z :bob!b@host PRIVMSG #h :two");
            server.send("@batch=b1;msgid=m3;time=2026-12-06T10:00:03.000Z :bob!b@host PRIVMSG #h :three");
            server.send(":irc.test BATCH -b1");
            fixture.listener.awaitEvent(notice("Joined #h."), WAIT);
            assertFalse(fixture.client.awaitsAnswers(), "answered");
            assertEquals(1, count(fixture, e -> e.text().equals("three")), "heard live, not repeated as history");
            ChatEvent two = fixture.listener.awaitEvent(e -> e.text().equals("two"), WAIT);
            ChatEvent three = fixture.listener.awaitEvent(e -> e.text().equals("three"), WAIT);
            assertTrue(two.history() && !three.history() && two.seq() < three.seq(), two + " / " + three);

            server.drop();
            server.accept();
            register(server);
            server.send(":ada!a@host JOIN #h");
            assertEquals("CHATHISTORY AFTER #h msgid=m3 2", server.readUntil("CHATHISTORY "));
            server.send(":irc.test BATCH +b2 chathistory #h");
            server.send("@batch=b2;msgid=m4;time=2026-12-06T10:00:04.000Z :bob!b@host PRIVMSG #h :four");
            server.send("@batch=b2;msgid=m5;time=2026-12-06T10:00:05.000Z :ada!a@host PRIVMSG #h :mine");
            server.send(":irc.test BATCH -b2");
            assertEquals("CHATHISTORY AFTER #h msgid=m5 2", server.readUntil("CHATHISTORY "), "full: asked again");
            server.send(":irc.test BATCH +b3 chathistory #h");
            server.send("@batch=b3;msgid=m6;time=2026-12-06T10:00:06.000Z :bob!b@host PRIVMSG #h :six");
            server.send(":irc.test BATCH -b3");
            fixture.listener.awaitEvent(notice("Back in #h: 2 messages while you were away."), WAIT);
            List<String> missed = fixture.listener.events().stream()
                    .filter(e -> e.history() && e.seq() > three.seq()).map(ChatEvent::text).toList();
            assertEquals(List.of("four", "six"), missed, "both rounds, without ada's own line");

            fixture.client.send("/history 5");
            assertEquals("CHATHISTORY BEFORE #h msgid=m2 2", server.readUntil("CHATHISTORY "));
            assertTrue(fixture.client.awaitsAnswers(), "/history is not answered yet");
            server.send(":irc.test FAIL CHATHISTORY MESSAGE_ERROR BEFORE #h :history is unavailable");
            fixture.listener.awaitEvent(e -> e.kind() == Kind.ERROR
                    && e.text().equals("The server sent no history of #h: history is unavailable"), WAIT);
            fixture.listener.awaitEvent(notice("No older events in #h."), WAIT);
            assertFalse(fixture.client.awaitsAnswers(), "a refusal answers it");
            assertEquals(ConnectionState.CONNECTED, fixture.client.state());
            assertFalse(fixture.client.searchesRoomHistory());
        }
    }

    /** Takes the client through registration with the history's capabilities and a limit of 2 an answer. */
    private static void register(IrcPeer server) throws Exception {
        server.readUntil("CAP LS");
        server.send(":irc.test CAP * LS :server-time draft/chathistory batch message-tags");
        String request = server.readUntil("CAP REQ");
        assertTrue(request.contains("draft/chathistory") && request.contains("batch")
                && request.contains("message-tags"), request);
        server.send(":irc.test CAP ada ACK :server-time draft/chathistory batch message-tags");
        server.readUntil("CAP END");
        server.send(":irc.test 001 ada :Welcome ada");
        server.send(":irc.test 005 ada CHANTYPES=# CHATHISTORY=2 :are supported by this server");
        server.readUntil("JOIN #h");
    }

    private static Predicate<ChatEvent> notice(String text) {
        return e -> e.kind() == Kind.NOTICE && e.text().equals(text) && e.room().equals("#h");
    }

    private static long count(IrcFixture fixture, Predicate<ChatEvent> wanted) {
        return fixture.listener.events().stream().filter(wanted).count();
    }
}
