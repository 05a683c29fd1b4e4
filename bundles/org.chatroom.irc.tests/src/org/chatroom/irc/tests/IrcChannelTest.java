package org.chatroom.irc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chatroom.irc.internal.session.IrcNames;
import org.chatroom.protocol.NameRules;
import org.chatroom.protocol.OriginalProtocol;
import org.chatroom.protocol.ServerEvent;
import org.chatroom.testing.RawExtendedClient;
import org.chatroom.testing.RawIrcClient;
import org.chatroom.testing.RawOriginalClient;
import org.junit.jupiter.api.Test;

/**
 * Channels are rooms: JOIN, PART, PRIVMSG/NOTICE, CTCP ACTION (and other CTCP between IRC users), TOPIC, NAMES,
 * LIST, WHO, WHOIS, MODE, AWAY, NICK.
 */
class IrcChannelTest extends IrcRoomTest {

    @Override
    Map<String, Object> roomSettings() {
        return Map.of("rate.per.second", 0.0);
    }

    @Test
    void eachClientGetsTheTagsItAskedForOnTheSameLiveLine() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient plain = room.inGeneral("plainuser");
            RawIrcClient timed = room.ircWith("timeduser", "server-time");
            IrcRoom.join(timed, "timeduser", "#general");
            RawIrcClient tagged = room.ircWith("taggeduser", "server-time message-tags");
            IrcRoom.join(tagged, "taggeduser", "#general");
            RawIrcClient plain2 = room.inGeneral("plainuser2");
            RawIrcClient speaker = room.inGeneral("speaker");
            speaker.send("PRIVMSG #general :one line, four encodings");
            String said = " PRIVMSG #general :one line, four encodings";
            // the lines are encoded once per set of tags and event: each client must still get its own set
            assertTrue(plain.await(".*" + said).startsWith(":speaker!"), "no tags for a client without them");
            assertTrue(plain2.await(".*" + said).startsWith(":speaker!"), "the second plain client gets the same");
            Tagged time = Tagged.of(timed.await(".*" + said));
            assertEquals(List.of("time"), List.copyOf(time.tags().keySet()), time.toString());
            Tagged both = Tagged.of(tagged.await(".*" + said));
            assertEquals(List.of("time", "msgid"), List.copyOf(both.tags().keySet()), both.toString());
            assertEquals(time.tags().get("time"), both.tags().get("time"));
        });
    }

    @Test
    void ctcpBetweenTwoIrcUsersIsPassedOnButNotToAChannelOrAnotherProtocol() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawExtendedClient ext = room.extended("ext");
            RawIrcClient ana = room.inGeneral("ana");
            RawIrcClient ben = room.inGeneral("ben");
            ana.await(":ben!ben@irc.test JOIN #general");
            ana.send("PRIVMSG ben :\u0001VERSION\u0001");
            assertEquals(":ana!ana@irc.test PRIVMSG ben :\u0001VERSION\u0001", ben.await(".* PRIVMSG ben .*"),
                    "a CTCP request reaches the IRC user it was sent to, as it came");
            ben.send("NOTICE ana :\u0001VERSION irssi 1.4.5\u0001");
            assertEquals(":ben!ben@irc.test NOTICE ana :\u0001VERSION irssi 1.4.5\u0001", ana.await(".* NOTICE ana .*"),
                    "and its answer, a NOTICE, comes back");
            ana.send("PRIVMSG BEN :\u0001PING 1733270400 123\u0001");
            assertEquals(":ana!ana@irc.test PRIVMSG ben :\u0001PING 1733270400 123\u0001",
                    ben.await(".* PRIVMSG ben .*"), "the nick matched as nicks are, addressed by its own spelling");

            ana.send("PRIVMSG ext :\u0001VERSION\u0001"); // a member of another protocol: nobody answers CTCP there
            // so the server answers for it, as CTCP has it (the query vanished: /ctcp waited for ever)
            assertEquals(":ext!ext@irc.test NOTICE ana :\u0001ERRMSG VERSION :ext is not on IRC here: their client "
                    + "answers no CTCP\u0001", ana.await(".* NOTICE ana .*"));
            ana.send("PRIVMSG nobody :\u0001PING 1\u0001");
            assertEquals(":irc.test 401 ana nobody :No such nick/channel", ana.await(".* 401 .*"));
            ana.send("PRIVMSG #general :\u0001VERSION\u0001"); // a channel: the rooms have other protocols' members
            ana.send("PRIVMSG #general :after");
            assertEquals(":ana!ana@irc.test PRIVMSG #general :after", ben.await(".* PRIVMSG #general .*"),
                    "the channel's CTCP was not passed on");
            // the other protocol's member: the room's topic (another test may have set one), the joins, then "after"
            List<ServerEvent> seen = new ArrayList<>();
            ServerEvent event;
            do {
                event = ext.event();
                seen.add(event);
            } while (seen.size() < 20 && !(event instanceof ServerEvent.Msg msg && msg.text().equals("after")));
            assertTrue(event instanceof ServerEvent.Msg, "" + seen);
            assertTrue(seen.stream().noneMatch(e -> e instanceof ServerEvent.Priv || e instanceof ServerEvent.Me
                    || e instanceof ServerEvent.Msg msg && !msg.text().equals("after")),
                    "the member of the other protocol got neither CTCP, privately or in the room: " + seen);
        });
    }

    /**
     * TAGMSG (message-tags): its client-only tags reach the channel's IRC users who negotiated message-tags, with the
     * server's time, and the sender with echo-message; not a user without the capability, nor members of other
     * protocols. It was an unknown command (421) though message-tags was offered.
     */
    @Test
    void tagmsgCarriesClientOnlyTagsToThoseWhoNegotiatedMessageTags() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient ana = room.ircWith("tana", "message-tags echo-message");
            RawIrcClient ben = room.ircWith("tben", "message-tags server-time");
            RawIrcClient cid = room.inGeneral("tcid");
            IrcRoom.join(ana, "tana", "#general");
            IrcRoom.join(ben, "tben", "#general");
            ana.send("@+typing=active;+draft/reply=a\\sb\\:c;label=x TAGMSG #general");
            Tagged got = Tagged.of(ben.await(".* TAGMSG #general"));
            assertEquals(List.of("time", "+typing", "+draft/reply"), List.copyOf(got.tags().keySet()), got.toString());
            assertEquals("a\\sb\\:c", got.tags().get("+draft/reply"), "escaped again as it came");
            assertEquals("@+typing=active;+draft/reply=a\\sb\\:c :tana!tana@irc.test TAGMSG #general",
                    ana.await(".* TAGMSG #general"), "the sender's echo");
            ana.send("@+typing=paused TAGMSG tben");
            assertTrue(ben.await(".* TAGMSG tben").endsWith("+typing=paused :tana!tana@irc.test TAGMSG tben"));
            ana.send("@+typing=done TAGMSG nobody");
            assertEquals(":irc.test 401 tana nobody :No such nick/channel", ana.await(".* 401 .*"));
            cid.send("@+typing=active TAGMSG #general");
            assertTrue(cid.await(" 421 ").startsWith(":irc.test 421 tcid TAGMSG :"), "without message-tags");
            ana.send("PRIVMSG #general :after the tags");
            assertEquals(":tana!tana@irc.test PRIVMSG #general :after the tags", cid.await(".* PRIVMSG #general .*"),
                    "no TAGMSG reached the user without message-tags before this");
        });
    }

    /**
     * The lines that tell a client what it did itself (its JOIN, PART, NICK) carry server-time's time too (only the
     * others' did); an empty action is no text to send (412), not dropped without a word.
     */
    @Test
    void ownJoinPartAndNickCarryTheTimeAndAnEmptyActionIsNoText() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient tim = room.ircWith("tim", "server-time");
            tim.send("JOIN #general");
            Tagged join = Tagged.of(tim.await(".* JOIN #general"));
            assertTrue(join.tags().containsKey("time"), join.toString());
            tim.await(" 366 tim ");
            tim.send("PRIVMSG #general :\u0001ACTION\u0001");
            assertEquals(":irc.test 412 tim :No text to send", tim.await(" 412 "));
            tim.send("NICK timo");
            Tagged nick = Tagged.of(tim.await(".* NICK timo"));
            assertTrue(nick.tags().containsKey("time"), nick.toString());
            tim.send("PART #general");
            Tagged part = Tagged.of(tim.await(".* PART #general"));
            assertTrue(part.tags().containsKey("time"), part.toString());
        });
    }

    @Test
    void joinShowsTopicAndNamesThenMessagesFlow() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient ada = room.irc("ada");
            ada.send("JOIN #general");
            List<String> burst = ada.until(" 366 ");
            assertEquals(":ada!ada@irc.test JOIN #general", burst.get(0));
            assertEquals(List.of(":irc.test 353 ada = #general :ada", ":irc.test 366 ada #general :End of /NAMES list"),
                    burst.subList(burst.size() - 2, burst.size()), "the topic (332, 333) when set, then the names");
            RawIrcClient bob = room.inGeneral("bob");
            assertEquals(":bob!bob@irc.test JOIN #general", ada.line());

            bob.send("PRIVMSG #general :hello ada");
            assertEquals(":bob!bob@irc.test PRIVMSG #general :hello ada", ada.line());
            bob.send("PRIVMSG #general :\u0001ACTION waves\u0001");
            assertEquals(":bob!bob@irc.test PRIVMSG #general :\u0001ACTION waves\u0001", ada.line());
            bob.send("NOTICE #general :\u0002bold\u0002 and \u000304,12colour\u0003 text");
            assertEquals(":bob!bob@irc.test NOTICE #general :bold and colour text", ada.line(),
                    "formatting (control characters) is removed; NOTICE to a channel is the room's notice");
            bob.send("PING mark");
            List<String> bobs = bob.until("PONG");
            assertFalse(bobs.stream().anyMatch(l -> l.contains("PRIVMSG")), "no echo without echo-message: " + bobs);

            long before = Instant.now().getEpochSecond();
            bob.send("TOPIC #general :Friday release");
            assertEquals(":bob!bob@irc.test TOPIC #general :Friday release", ada.line());
            long after = Instant.now().getEpochSecond();
            ada.send("TOPIC #general");
            assertEquals(":irc.test 332 ada #general :Friday release", ada.line());
            String whoTime = ada.line();
            assertTrue(whoTime.startsWith(":irc.test 333 ada #general bob "), whoTime);
            long setAt = Long.parseLong(whoTime.substring(whoTime.lastIndexOf(' ') + 1));
            assertTrue(setAt >= before && setAt <= after, "333 says when the topic was set (clients show 0 as 1970): "
                    + whoTime + ", set between " + before + " and " + after);

            ada.send("PRIVMSG bob :just you");
            assertEquals(":ada!ada@irc.test PRIVMSG bob :just you", bob.await("PRIVMSG bob"));
            ada.send("PRIVMSG bob :\u0001ACTION winks\u0001"); // it came as "* winks", a message
            assertEquals(":ada!ada@irc.test PRIVMSG bob :\u0001ACTION winks\u0001", bob.await("PRIVMSG bob"));
            ada.send("PART #general :lunch");
            assertEquals(":ada!ada@irc.test PART #general :lunch", ada.line());
            assertEquals(":ada!ada@irc.test PART #general :lunch", bob.await("PART"));
            ada.send("PRIVMSG #general :still there?");
            assertTrue(ada.line().startsWith(":irc.test 404 ada #general :"), "not in the room any more");
        });
    }

    @Test
    void queriesAnswerMinimallyAndHonestly() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient ada = room.inGeneral("ada");
            RawIrcClient bob = room.inGeneral("bob");
            ada.await("bob!bob@irc.test JOIN");
            ada.send("NAMES #general");
            assertEquals(":irc.test 353 ada = #general :ada bob", ada.line());
            assertEquals(":irc.test 366 ada #general :End of /NAMES list", ada.line());
            ada.send("LIST");
            List<String> list = ada.until(" 323 ");
            assertEquals(":irc.test 321 ada Channel :Users  Name", list.get(0));
            assertTrue(list.stream().anyMatch(l -> l.matches(":irc.test 322 ada #general 2 :.*")), "" + list);
            assertEquals(":irc.test 323 ada :End of /LIST", list.get(list.size() - 1));
            ada.send("WHO #general");
            assertEquals(List.of(":irc.test 352 ada #general ada irc.test irc.test ada H :0 ada the tester",
                    ":irc.test 352 ada #general bob irc.test irc.test bob H :0 bob the tester",
                    ":irc.test 315 ada #general :End of WHO list"), ada.until(" 315 "));
            bob.send("AWAY :gone fishing");
            assertEquals(":irc.test 306 bob :You have been marked as being away", bob.line());
            ada.send("WHOIS bob");
            assertEquals(List.of(":irc.test 311 ada bob bob irc.test * :bob the tester",
                    ":irc.test 319 ada bob :#general", ":irc.test 312 ada bob irc.test :Chatroom",
                    ":irc.test 301 ada bob :gone fishing", ":irc.test 318 ada bob :End of /WHOIS list"),
                    ada.until(" 318 "));
            ada.send("PRIVMSG bob :are you there");
            assertEquals(":irc.test 301 ada bob :gone fishing", ada.line());
            ada.send("WHOIS nobody");
            assertEquals(List.of(":irc.test 401 ada nobody :No such nick/channel",
                    ":irc.test 318 ada nobody :End of /WHOIS list"), ada.until(" 318 "));
            ada.send("ISON bob nobody");
            assertEquals(":irc.test 303 ada :bob", ada.line());
            ada.send("MODE #general");
            assertEquals(":irc.test 324 ada #general +", ada.line());
            ada.send("MODE #general +b bob");
            assertTrue(ada.line().startsWith(":irc.test 482 ada #general :"));
            ada.send("MODE ada");
            assertEquals(":irc.test 221 ada +", ada.line());
            ada.send("MODE bob");
            assertTrue(ada.line().startsWith(":irc.test 502 ada :"));
            ada.send("LUSERS");
            assertEquals(":irc.test 251 ada :There are 2 users and 0 invisible on 1 servers", ada.line());
            ada.until(" 255 ");
            ada.send("MODE ada +i");
            assertEquals(":ada!ada@irc.test MODE ada +i", ada.line());
            bob.send("LUSERS");
            assertEquals(":irc.test 251 bob :There are 1 users and 1 invisible on 1 servers", bob.await(" 251 "));
            ada.send("NAMES #GENERAL,#nowhere,nochannel");
            assertEquals(List.of(":irc.test 353 ada = #GENERAL :ada bob",
                    ":irc.test 366 ada #GENERAL :End of /NAMES list", ":irc.test 366 ada #nowhere :End of /NAMES list",
                    ":irc.test 366 ada nochannel :End of /NAMES list"), ada.until(" 366 ada nochannel "));
            ada.send("LIST #nowhere,#GENERAL");
            List<String> listed = ada.until(" 323 ");
            assertEquals(3, listed.size(), "the one room asked for that there is: " + listed);
            assertTrue(listed.get(1).startsWith(":irc.test 322 ada #general 2 :"), "" + listed);
            ada.send("LIST #nowhere");
            assertEquals(2, ada.until(" 323 ").size(), "no room: no 322");
        });
    }

    @Test
    void channelsAreRoomsCreatedOnJoinWithKeys() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient ada = room.irc("ada");
            ada.send("JOIN #ops,#dev secret");
            List<String> joins = ada.until(" 366 ada #(ops|dev) ");
            joins.addAll(ada.until(" 366 ada #(ops|dev) "));
            assertTrue(joins.contains(":ada!ada@irc.test JOIN #ops") && joins.contains(":ada!ada@irc.test JOIN #dev"),
                    "two joins, each completed on its own: " + joins);
            RawIrcClient bob = room.irc("bob");
            bob.send("JOIN #dev");
            bob.await(" 366 bob #dev ");
            bob.send("JOIN #ops"); // ada's join of #dev may come after bob's names (once the room log committed it)
            assertTrue(bob.await(" 475 ").startsWith(":irc.test 475 bob #ops :"),
                    "the key ada created #ops with is +k");
            bob.send("JOIN #ops wrong");
            assertTrue(bob.await(" 475 ").startsWith(":irc.test 475 bob #ops :"));
            bob.send("JOIN #ops secret");
            bob.await(" 366 bob #ops ");
            bob.send("JOIN nochannel");
            assertTrue(bob.await(" 403 ").startsWith(":irc.test 403 bob nochannel :"));
            assertTrue(room.room.host.rooms().stream().anyMatch(info -> info.name().equals("dev")),
                    "the channel is a room of the server");

            bob.send("NICK robert");
            assertEquals(":bob!bob@irc.test NICK robert", bob.await("NICK"));
            assertEquals(":bob!bob@irc.test NICK robert", ada.await("NICK"));
            bob.send("NICK robert"); // the nick it has: nothing changes, and nothing is said (it was echoed)
            bob.send("PING same");
            List<String> same = bob.until("PONG");
            assertFalse(same.stream().anyMatch(l -> l.contains("NICK")), "no change to tell: " + same);
            ada.send("PING after");
            List<String> after = ada.until("PONG");
            assertFalse(after.stream().anyMatch(l -> l.contains("NICK")), "one NICK for two shared rooms: " + after);
            ada.send("JOIN 0");
            List<String> parts = List.of(ada.line(), ada.line());
            assertTrue(parts.contains(":ada!ada@irc.test PART #ops :left all channels")
                    && parts.contains(":ada!ada@irc.test PART #dev :left all channels"), "" + parts);
        });
    }

    /** Member names IRC cannot carry are shown with {@code _} for what a nick may not hold, there or first. */
    @Test
    void namesIrcCannotCarryAreShownWithUnderscores() {
        assertTimeoutPreemptively(BOUND, () -> {
            room.original("dr.who");
            room.original("$cash");
            room.original("a,b*c?d!e@f");
            RawIrcClient ada = room.irc("ada");
            ada.send("JOIN #general");
            String names = ada.await(" 353 ada ");
            assertTrue(names.matches(".* :.*\\bdr_who\\b.*"), names);
            assertTrue(names.contains(" _cash"), names);
            assertTrue(names.contains(" a_b_c_d_e_f"), names);
            assertFalse(names.contains("dr.who") || names.contains("$cash"), names);
            ada.await(" 366 ada ");
            room.original("x#y");
            assertEquals(":x#y!x#y@irc.test JOIN #general", ada.await(" JOIN "), "# is allowed after the first");
        });
    }

    /**
     * The nick IRC users see for {@code dr.who} is {@code dr_who}, and it is hers: an IRC user cannot take it (it was
     * taken, and two {@code dr_who} were shown), and a message or a WHOIS to it reaches her (they reached nobody).
     */
    @Test
    void theNickShownForANameIrcCannotCarryIsThatMembers() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawOriginalClient who = room.original("dr.who");
            RawIrcClient ada = room.irc("ada");
            ada.send("NICK dr_who");
            assertTrue(ada.line().startsWith(":irc.test 433 ada dr_who :"), "taken by dr.who");
            for (char c : ",*?!@.$:#&".toCharArray()) { // what IrcNames replaces, there and first
                for (String name : List.of("x" + c + "y", c + "x")) {
                    assertEquals(NameRules.key(IrcNames.nick(name)), NameRules.key(name), "one name to IRC: " + name);
                }
            }
            ada.send("PRIVMSG dr_who :are you the doctor?");
            who.expect(OriginalProtocol.privateMessage("ada", "are you the doctor?"));
            ada.send("WHOIS dr_who");
            assertTrue(ada.line().startsWith(":irc.test 311 ada dr_who dr_who irc.test * :"), "her WHOIS");
        });
    }

    @Test
    void capsGiveServerTimeAndEchoes() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawExtendedClient ext = room.extended("ext");
            ext.send("MSG before ada");
            // the room delivers on commit: once ext hears its own line back, it is in the log and in ada's history
            while (!(ext.event() instanceof ServerEvent.Msg msg && msg.text().equals("before ada"))) {
                // members, joins and history before it
            }
            RawIrcClient ada = room.ircUnregistered();
            ada.send("CAP REQ :server-time echo-message batch");
            ada.send("NICK ada");
            ada.send("USER ada 0 * :Ada");
            ada.send("CAP END");
            ada.await(" 376 ");
            ada.send("JOIN #general");
            Tagged join = Tagged.of(ada.line());
            assertEquals(":ada!ada@irc.test JOIN #general", join.rest());
            assertTrue(join.tags().containsKey("time"), "its own JOIN at its time too: " + join);
            String open = ada.line();
            assertTrue(open.matches(":irc.test BATCH \\+(\\S+) chathistory #general"), open);
            String batch = open.split(" ")[2].substring(1);
            List<String> history = ada.until("BATCH -" + batch);
            assertTrue(history.stream().anyMatch(l -> l.matches("@batch=" + batch
                    + ";time=\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z :ext!ext@irc.test PRIVMSG #general :before ada")),
                    "" + history);
            ada.await(" 366 ");
            ada.send("PRIVMSG #general :echoed");
            assertTrue(ada.line().matches("@time=\\S+ :ada!ada@irc.test PRIVMSG #general :echoed"));
            room.irc("cy");
            ada.send("PRIVMSG cy :\u0001ACTION nods\u0001"); // echoed as sent (it came back as "* nods")
            String echo = ada.await("PRIVMSG cy");
            assertTrue(echo.matches("@time=\\S+ :ada!ada@irc.test PRIVMSG cy :\u0001ACTION nods\u0001"), echo);
        });
    }
}
