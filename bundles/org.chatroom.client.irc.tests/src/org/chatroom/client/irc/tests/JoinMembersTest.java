package org.chatroom.client.irc.tests;

import static org.chatroom.client.irc.tests.IrcFixture.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.api.client.ConnectionState;
import org.junit.jupiter.api.Test;

/**
 * Joining a channel, the member list a UI is given is the channel's, from its NAMES reply: not first a list of this
 * client alone (the console printed "Members: sam" and then the real list; the desktop's view flickered), and after
 * the join's own events, not before them (the console printed the list above "Joined #s").
 */
class JoinMembersTest {

    @Test
    void theFirstMemberListAfterJoiningIsTheNamesReply() throws Exception {
        try (IrcPeer server = new IrcPeer(); IrcFixture fixture = new IrcFixture()) {
            fixture.client.connect(IrcFixture.irc(server.port(), "sam", false, "#s"));
            server.accept();
            server.readUntil("USER ");
            server.send(":irc.test CAP * LS :");
            server.send(":irc.test 001 sam :Welcome sam");
            server.readUntil("JOIN #s");
            fixture.listener.awaitState(ConnectionState.CONNECTED, WAIT);
            server.send(":sam!sam@host JOIN #s");
            server.send(":irc.test 353 sam = #s :@ann bob sam");
            server.send(":irc.test 366 sam #s :End of /NAMES list.");
            fixture.listener.awaitMembers(List.of("ann", "bob", "sam"), WAIT);
            server.send(":dee!dee@host JOIN #s");
            fixture.listener.awaitMembers(List.of("ann", "bob", "sam", "dee"), WAIT);
            fixture.listener.awaitEvent(e -> e.kind() == Kind.JOIN && e.from().equals("dee"), WAIT);
            List<List<String>> lists = fixture.listener.memberLists();
            assertFalse(lists.contains(List.of("sam")), "no list of sam alone before the names: " + lists);
            assertEquals(List.of("ann", "bob", "sam"), lists.stream().filter(l -> !l.isEmpty()).findFirst().get(),
                    "the first list is the names reply: " + lists);
            List<String> timeline = fixture.listener.timeline();
            int joined = timeline.indexOf("JOIN sam");
            int names = timeline.indexOf("members [ann, bob, sam]");
            int dee = timeline.indexOf("JOIN dee");
            int withDee = timeline.indexOf("members [ann, bob, sam, dee]");
            assertTrue(joined >= 0 && joined < names && names < dee && dee < withDee,
                    "events and lists in the order of the lines: " + timeline);
        }
    }
}
