package org.chatroom.irc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.chatroom.testing.RawIrcClient;
import org.chatroom.testing.RawOriginalClient;
import org.junit.jupiter.api.Test;

/**
 * INVITE (Modern IRC): 341 to the one who invites, an INVITE line to an invited IRC client, a private message to a
 * member of another protocol, nothing to the room's other members; 403, 442, 401, 443 and 461 as the spec names
 * them. Before, INVITE was 421 (unknown command).
 */
class InviteTest extends IrcRoomTest {

    @Test
    void aMemberOfAChannelInvitesAnIrcClientAndAMemberOfAnotherProtocol() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawOriginalClient carol = room.original("carol");
            RawIrcClient ada = room.inGeneral("ada");
            RawIrcClient bob = room.inGeneral("bob");
            RawIrcClient dan = room.inGeneral("dan");
            String side = Conversation.channel("side"); // a new room: the durable log keeps rooms across tests
            IrcRoom.join(ada, "ada", side);
            IrcRoom.join(dan, "dan", side);

            ada.send("INVITE bob " + side);
            assertEquals(":irc.test 341 ada bob :" + side, ada.await(" 341 "));
            assertEquals(":ada!ada@irc.test INVITE bob " + side, bob.await(" INVITE "));
            ada.send("INVITE carol " + side);
            assertEquals(":irc.test 341 ada carol :" + side, ada.await(" 341 "));
            IrcRoom.awaitText(carol, "(private) ada: invites you to the room " + side.substring(1));

            ada.send("PRIVMSG " + side + " :after the invitations");
            List<String> seen = dan.until(" PRIVMSG " + side + " :after the invitations");
            assertTrue(seen.stream().noneMatch(line -> line.contains(" INVITE ")),
                    "the channel's other members are not told of invitations: " + seen);

            IrcRoom.join(bob, "bob", side);
            assertTrue(ada.await("^:bob!\\S+ JOIN ").contains(side), "the invited client can join");
        });
    }

    @Test
    void invitationsTheRoomsCannotCarryAreRefusedWithTheSpecsNumerics() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient ada = room.inGeneral("ada");
            RawIrcClient bob = room.irc("bob");
            String side = Conversation.channel("side");
            IrcRoom.join(ada, "ada", side);

            bob.send("INVITE ada " + side);
            assertEquals(":irc.test 442 bob " + side + " :You're not on that channel", bob.await(" 442 "),
                    "only a member of the channel invites, and the apostrophe is kept");
            ada.send("INVITE nobody " + side);
            assertEquals(":irc.test 401 ada nobody :No such nick/channel", ada.await(" 401 "));
            ada.send("INVITE ada #general");
            assertEquals(":irc.test 443 ada ada #general :is already on channel", ada.await(" 443 "));
            ada.send("INVITE bob " + Conversation.channel("nowhere"));
            assertTrue(ada.await(" 403 ").startsWith(":irc.test 403 ada #nowhere"), "no such channel, named");
            ada.send("INVITE bob");
            assertTrue(ada.await(" 461 ").startsWith(":irc.test 461 ada INVITE :"), "a channel is needed");
            ada.send("PING still-here");
            assertEquals(":irc.test PONG irc.test still-here", ada.await(" PONG "), "the connection stays");
        });
    }
}
