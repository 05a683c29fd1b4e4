package org.chatroom.irc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.chatroom.irc.internal.wire.MsgId;
import org.chatroom.testing.RawIrcClient;
import org.junit.jupiter.api.Test;

/**
 * A room closed and created again numbers its events from 1 again: its messages get ids never given before (the ids
 * named the event's number and room only, so the new room's first message had the old one's id, and a client that
 * drops messages whose id it has seen dropped it), and a {@code CHATHISTORY} reference to the old room is refused
 * instead of answered from the new one.
 */
class MsgIdAcrossRoomsOfOneNameTest extends IrcRoomTest {

    @Test
    void aRoomCreatedAgainGivesItsMessagesIdsOfTheirOwn() {
        assertTimeoutPreemptively(BOUND, () -> {
            Conversation before = Conversation.start(room, "m", 2);
            String channel = before.channel();
            RawIrcClient ada = before.ada();
            RawIrcClient bob = before.bob();
            assertTrue(room.room.host.closeRoom(channel.substring(1), "done"));
            ada.await(" (KICK|PART) " + channel + " ");
            bob.await(" (KICK|PART) " + channel + " ");
            room.room.host.createRoom(channel.substring(1));
            IrcRoom.join(ada, "ada", channel);
            IrcRoom.join(bob, "bob", channel);
            List<Tagged> after = Conversation.talk(bob, ada, channel, "m", 2);

            for (int i = 0; i < 2; i++) {
                String old = before.said().get(i).msgid();
                String now = after.get(i).msgid();
                assertEquals(MsgId.parse(old).orElseThrow().seq(), MsgId.parse(now).orElseThrow().seq(),
                        "the same event numbers in both rooms");
                assertTrue(!old.equals(now), "m" + (i + 1) + " has an id of its own: " + old + " then " + now);
            }
            ada.send("CHATHISTORY AFTER " + channel + " msgid=" + before.said().get(0).msgid() + " 5");
            String refused = ada.line();
            assertTrue(refused.startsWith(":irc.test FAIL CHATHISTORY INVALID_PARAMS AFTER "), refused);
            assertEquals(List.of("m2"), Tagged.texts(before.ask("CHATHISTORY AFTER " + channel + " msgid="
                    + after.get(0).msgid() + " 5")), "the new room's own ids are answered");
        });
    }

    @Test
    void idsSpellTheRoomItsIncarnationTheNumberAndThePiece() {
        String incarnation = MsgId.incarnation("2026-12-06T13:41:49.123Z");
        assertTrue(incarnation.chars().allMatch(Character::isLetterOrDigit), incarnation);
        assertEquals("", MsgId.incarnation(""));
        for (MsgId id : List.of(new MsgId("ops", incarnation, 7, 0), new MsgId("ops", incarnation, 7, 2),
                new MsgId("caf\u00e9.x", incarnation, 12, 0), new MsgId("ops", "", 7, 0), new MsgId("ops", "", 7, 1))) {
            assertEquals(id, MsgId.parse(MsgId.of(id.room(), id.incarnation(), id.seq(), id.piece())).orElseThrow());
        }
        assertEquals("7.b3Bz", MsgId.of("ops", "", 7), "an id as given before incarnations");
        for (String bad : List.of("7.b3Bz~", "7.b3Bz~a-b", "7.~abc", "x.b3Bz~abc", "7.b3Bz~abc.x", "0.b3Bz~abc")) {
            assertTrue(MsgId.parse(bad).isEmpty(), bad);
        }
    }
}
