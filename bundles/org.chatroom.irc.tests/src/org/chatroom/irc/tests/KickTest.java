package org.chatroom.irc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;

import org.chatroom.api.log.EventKind;
import org.chatroom.protocol.ProtocolException;
import org.chatroom.protocol.RoomLine;
import org.chatroom.protocol.ServerEvent;
import org.chatroom.testing.RawExtendedClient;
import org.chatroom.testing.RawIrcClient;
import org.chatroom.testing.RawOriginalClient;
import org.chatroom.testing.RawRoomClient;
import org.junit.jupiter.api.Test;

/**
 * KICK per room: an operator (who acts as the host) takes a member out of one channel; members of every protocol
 * see the leave (IRC clients as KICK by that operator, with the room's reason; a kick by the host as KICK by the host,
 * a ban's removal as KICK by the server); who can be outside rooms (IRC, {@code chatroom/2}) stays connected, who
 * cannot (original, {@code chatroom/1}) is removed from the server. Nobody else may kick: rooms have no owner.
 */
class KickTest extends IrcRoomTest {

    @Override
    Map<String, Object> ircSettings() {
        return OperatorTest.SETTINGS;
    }

    @Test
    void kickTakesAMemberOutOfOneRoomAndEveryProtocolSeesIt() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawOriginalClient carol = room.original("carol");
            RawExtendedClient alice = room.extended("alice");
            RawRoomClient dana = room.rooms("dana");
            String side = Conversation.channel("side"); // a new room: the durable log keeps rooms across tests
            dana.send("JOIN general");
            next(dana, RoomLine.Joined.class); // her own JOIN may come live before JOINED: whatever comes is skipped
            dana.send("CREATE " + side.substring(1));
            next(dana, RoomLine.Joined.class);
            RawIrcClient op = room.inGeneral("op");
            op.send("OPER root op-secret");
            op.await(" 381 op ");
            RawIrcClient eve = room.inGeneral("eve");
            IrcRoom.join(eve, "eve", side);

            op.send("KICK " + side + " eve :off topic");
            assertEquals(":op!op@irc.test KICK " + side + " eve :off topic", eve.await(" KICK "), "by whom, as typed");
            assertEquals("kicked by host: off topic", leave(dana, side.substring(1), "eve").text());
            eve.send("PRIVMSG #general :still here");
            IrcRoom.awaitText(carol, "eve: still here");
            eve.send("PRIVMSG " + side + " :back?");
            assertTrue(eve.await(" 404 ").startsWith(":irc.test 404 eve " + side + " :"), "out of " + side);

            op.send("KICK #general eve :spam");
            assertEquals(":op!op@irc.test KICK #general eve :spam", eve.await(" KICK "));
            assertEquals(":op!op@irc.test KICK #general eve :spam", op.await(" KICK #general eve "),
                    "the other IRC clients see the kick, by whom");
            IrcRoom.awaitText(carol, "eve left the chat.");
            assertEquals("kicked by host: spam", leave(alice, "eve").reason());
            assertEquals("kicked by host: spam", leave(dana, "general", "eve").text());
            eve.send("PING still-connected");
            assertEquals(":irc.test PONG irc.test still-connected", eve.await(" PONG "));

            op.send("KICK #general carol :bye");
            assertTrue(carol.readToEnd().contains("You were removed by the host: bye"), "original: off the server");
            assertEquals("kicked by host: bye", leave(alice, "carol").reason());
            op.send("KICK #general alice");
            assertEquals("You were removed by the host.", alice.expect(ServerEvent.Bye.class).reason());
            assertEquals("kicked by host", leave(dana, "general", "alice").text());

            op.send("KICK " + side + " dana :enough");
            RoomLine.Parted parted = next(dana, RoomLine.Parted.class);
            assertEquals(side.substring(1), parted.room());
            assertEquals("kicked by host: enough", parted.reason());
            dana.send("MSG general still on the server");
            assertEquals(":dana!dana@irc.test PRIVMSG #general :still on the server",
                    op.await("^:dana!\\S+ PRIVMSG "));
        });
    }

    @Test
    void kicksAndBansByTheHostReachIrcClientsAsKick() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient watcher = room.inGeneral("watcher");
            RawIrcClient eve = room.inGeneral("eve");
            RawIrcClient zed = room.inGeneral("zed");
            RawIrcClient mallory = room.inGeneral("mallory");
            String side = Conversation.channel("kicks"); // a new room: the durable log keeps rooms across tests
            IrcRoom.join(watcher, "watcher", side);
            IrcRoom.join(eve, "eve", side);

            assertTrue(room.room.host.kick(side.substring(1), "eve", "off topic"));
            // from the server: the host is no member, and a member may be called "host"
            assertEquals(":irc.test KICK " + side + " eve :kicked by host: off topic",
                    removal(watcher, side, "eve"), "a kick by the host, out of one room");
            assertTrue(room.room.host.kick("eve", "enough"));
            assertEquals(":irc.test KICK #general eve :kicked by host: enough",
                    removal(watcher, "#general", "eve"), "a kick by the host, off the server");
            assertTrue(room.room.host.ban("general", "zed", "noise"));
            assertEquals(":irc.test KICK #general zed :banned by host: noise",
                    removal(watcher, "#general", "zed"), "a room's ban: the server removed zed");
            try {
                room.room.host.ban("mallory", "spam");
                assertEquals(":irc.test KICK #general mallory :banned by host: spam",
                        removal(watcher, "#general", "mallory"), "a server-wide ban");
            } finally {
                room.room.host.unban("mallory");
                room.room.host.unban("general", "zed");
            }
            zed.send("PING zed-still-connected");
            zed.await(" PONG .*zed-still-connected");
            mallory.readToEnd(); // closed by the ban
        });
    }

    @Test
    void aLeaveAfterAKickIsAPartAgain() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient op = room.inGeneral("op");
            op.send("OPER root op-secret");
            op.await(" 381 op ");
            RawIrcClient eve = room.inGeneral("eve");
            op.send("KICK #general eve :once");
            assertEquals(":op!op@irc.test KICK #general eve :once", op.await(" KICK #general eve "));
            IrcRoom.join(eve, "eve", "#general");
            eve.send("PART #general :later");
            assertEquals(":eve!eve@irc.test PART #general :later", op.await(" (PART|KICK) #general"));
            IrcRoom.join(eve, "eve", "#general");
            eve.send("PART #general");
            // no reason, none given: "PART #general :" showed an empty one ("[]" in irssi)
            assertEquals(":eve!eve@irc.test PART #general", eve.await(" PART #general"), "her own");
            assertEquals(":eve!eve@irc.test PART #general", op.await(" (PART|KICK) #general"), "the others'");
        });
    }

    @Test
    void refusals() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient op = room.inGeneral("op");
            RawIrcClient eve = room.inGeneral("eve");
            eve.send("KICK #general op :mine");
            assertTrue(eve.await(" 482 ").startsWith(":irc.test 482 eve #general :"), "no operator");
            op.send("OPER root op-secret");
            op.await(" 381 op ");
            op.send("KICK #nosuch eve");
            assertTrue(op.await(" 403 ").startsWith(":irc.test 403 op #nosuch :"));
            op.send("KICK #general nobody,eve");
            assertTrue(op.await(" 441 ").startsWith(":irc.test 441 op nobody #general :"));
            assertEquals(":op!op@irc.test KICK #general eve :op", eve.await(" KICK "),
                    "the rest of the list (no reason: the kicker's nick, as IRC servers give)");
            op.send("KICK #general");
            assertTrue(op.await(" 461 ").startsWith(":irc.test 461 op KICK :"));
        });
    }

    /** Reads an IRC client's lines up to {@code nick}'s leave of {@code channel}, a PART or a KICK. */
    private static String removal(RawIrcClient client, String channel, String nick) throws IOException {
        return client.await("^:" + nick + "!\\S+ PART " + channel + " |KICK " + channel + " " + nick + " ");
    }

    /** Reads a chatroom/2 client's lines up to {@code name}'s leave of {@code roomName}. */
    private static RoomLine.Event leave(RawRoomClient client, String roomName, String name)
            throws IOException, ProtocolException {
        for (int i = 0; i < 1000; i++) {
            if (client.next() instanceof RoomLine.Event event && event.kind() == EventKind.LEAVE
                    && event.room().equals(roomName) && event.name().equals(name)) {
                return event;
            }
        }
        throw new AssertionError("no leave of " + name + " from " + roomName);
    }

    private static <T extends RoomLine> T next(RawRoomClient client, Class<T> type)
            throws IOException, ProtocolException {
        for (int i = 0; i < 1000; i++) {
            RoomLine line = client.next();
            if (type.isInstance(line)) {
                return type.cast(line);
            }
        }
        throw new AssertionError("no " + type.getSimpleName());
    }

    /** Reads a chatroom/1 client's events up to {@code name}'s leave. */
    private static ServerEvent.Leave leave(RawExtendedClient client, String name)
            throws IOException, ProtocolException {
        for (int i = 0; i < 1000; i++) {
            if (client.event() instanceof ServerEvent.Leave leave && leave.name().equals(name)) {
                return leave;
            }
        }
        throw new AssertionError("no leave of " + name);
    }
}
