package org.chatroom.irc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.chatroom.testing.RawIrcClient;
import org.junit.jupiter.api.Test;

/**
 * Queries of the server itself (Modern IRC): VERSION, TIME, ADMIN, INFO, HELP, USERHOST and WHOWAS, each with the
 * numerics the spec names, and 402 for a target that is another server. Before, each was 421 (unknown command),
 * although clients send USERHOST and VERSION on their own.
 */
class ServerQueriesTest extends IrcRoomTest {

    @Override
    Map<String, Object> ircSettings() {
        return OperatorTest.SETTINGS;
    }

    @Test
    void versionTimeAdminAndInfoAnswerForThisServerOnly() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient ada = room.irc("ada");
            ada.send("VERSION");
            assertEquals(":irc.test 351 ada chatroom-1.0 irc.test :Chatroom rooms over IRC", ada.line());
            List<String> isupport = ada.until(" 005 .*MSGREFTYPES");
            assertTrue(isupport.stream().allMatch(l -> l.startsWith(":irc.test 005 ada ")), "" + isupport);
            assertTrue(String.join(" ", isupport).contains(" CASEMAPPING=rfc7613 "), "the same tokens as at "
                    + "registration: " + isupport);

            long before = Instant.now().getEpochSecond();
            ada.send("TIME");
            String[] time = ada.line().split(" ", 6);
            long after = Instant.now().getEpochSecond();
            assertEquals(List.of(":irc.test", "391", "ada", "irc.test"), Arrays.asList(time).subList(0, 4));
            long stamp = Long.parseLong(time[4]);
            assertTrue(stamp >= before && stamp <= after, "the server's time in seconds: " + stamp);
            assertTrue(time[5].startsWith("0 :") && time[5].endsWith(" UTC"), "offset 0, then in words: " + time[5]);

            ada.send("TIME elsewhere.example");
            assertEquals(":irc.test 402 ada elsewhere.example :No such server: this listener is the only server of"
                    + " its network", ada.line());
            ada.send("VERSION IRC.TEST");
            assertTrue(ada.line().startsWith(":irc.test 351 ada "), "its own name, in any case, is this server");
            ada.until(" 005 .*MSGREFTYPES");

            ada.send("ADMIN");
            assertEquals(":irc.test 423 ada irc.test :No administrative info available", ada.line());
            ada.send("INFO");
            List<String> info = ada.until(" 374 ");
            assertTrue(info.size() >= 2 && info.subList(0, info.size() - 1).stream()
                    .allMatch(l -> l.startsWith(":irc.test 371 ada :")), "" + info);
            assertTrue(info.get(0).contains("chatroom-1.0"), info.get(0));
            assertEquals(":irc.test 374 ada :End of INFO list", info.get(info.size() - 1));
        });
    }

    @Test
    void helpListsEveryCommandAndExplainsEachOne() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient ada = room.irc("ada");
            ada.send("HELP");
            List<String> help = ada.until(" 706 ");
            assertTrue(help.get(0).startsWith(":irc.test 704 ada * :"), help.get(0));
            assertEquals(":irc.test 706 ada * :End of /HELP", help.get(help.size() - 1));
            TreeSet<String> listed = new TreeSet<>();
            for (String line : help.subList(1, help.size() - 1)) {
                assertTrue(line.startsWith(":irc.test 705 ada * :"), line);
                listed.addAll(Arrays.asList(line.substring(":irc.test 705 ada * :".length()).split(" ")));
            }
            for (String command : List.of("JOIN", "PRIVMSG", "CHATHISTORY", "HELP", "USERHOST", "WHOWAS", "OPER")) {
                assertTrue(listed.contains(command), command + " in " + listed);
            }
            for (String command : listed) {
                ada.send("HELP " + command.toLowerCase(java.util.Locale.ROOT));
                String first = ada.line();
                assertTrue(first.startsWith(":irc.test 704 ada " + command + " :" + command), first);
                assertFalse(first.contains("known to this server"), "a usage line of its own: " + first);
                assertEquals(":irc.test 706 ada " + command + " :End of /HELP", ada.line());
            }
            ada.send("HELP FROBNICATE");
            assertEquals(":irc.test 524 ada FROBNICATE :No help available on this topic", ada.line());
        });
    }

    @Test
    void userhostShowsOperatorsAndAwayAndWhowasKeepsNoHistory() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient ada = room.inGeneral("ada");
            RawIrcClient op = room.inGeneral("op");
            op.send("OPER root op-secret");
            op.await(" 381 ");
            RawIrcClient bob = room.inGeneral("bob");
            bob.send("AWAY :lunch");
            bob.await(" 306 ");
            ada.send("USERHOST ada op bob nobody");
            assertEquals(":irc.test 302 ada :ada=+ada@irc.test op*=+op@irc.test bob=-bob@irc.test",
                    ada.await(" 302 "), "present nicks only; * operator, - away; the host is the server's name");
            ada.send("USERHOST a b c d e ada");
            assertEquals(":irc.test 302 ada :", ada.await(" 302 "), "at most five nicks are looked at");
            ada.send("USERHOST");
            assertTrue(ada.await(" 461 ").startsWith(":irc.test 461 ada USERHOST :"), "a nick is needed");
            ada.send("WHOWAS bob,carol");
            assertEquals(List.of(":irc.test 406 ada bob :There was no such nickname: this server keeps no nick history",
                    ":irc.test 406 ada carol :There was no such nickname: this server keeps no nick history",
                    ":irc.test 369 ada bob,carol :End of WHOWAS"), ada.until(" 369 "));
        });
    }
}
