package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatroom.testing.RawExtendedClient;
import org.chatroom.testing.RawOriginalClient;
import java.time.Duration;
import java.util.List;

import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.OriginalProtocol;
import org.chatroom.protocol.ServerEvent;
import org.chatroom.room.internal.Bans;
import org.chatroom.room.internal.Password;
import org.chatroom.room.internal.RoomAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's spoofing: control and bidi characters are refused with a clear error to their sender and reach nobody;
 * names that look like a member's are taken, names that look like a banned one are banned, invisible ones refused.
 */
class SpoofingRoomTest {

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final String OVERWRITE = "\r\u001b[2K bob left the chat.";
    private static final List<String> LOOK_ALIKES_OF_BOB = List.of("b\u03bfb", "\uff42\uff4f\uff42",
            "\ud835\udc1b\ud835\udc28\ud835\udc1b", "bo\u0308b", "b\u043eb", "BOB");
    private static final List<String> INVISIBLE = List.of("bob\u3164", "\u3164", "bob\u2800", "\u2800", "bob\ufe0f",
            "bo\u200bb");

    private final Bans bans = new Bans();
    private RoomFixture room;

    @AfterEach
    void close() throws Exception {
        room.close();
    }

    private void openRoom() throws Exception {
        room = new RoomFixture(RoomFixture.UNLIMITED,
                new RoomAccess(Password.NONE, bans, RoomAccess.DEFAULT_HANDSHAKE_TIMEOUT));
    }

    @Test
    void controlAndBidiCharactersAreRefusedToTheSenderAndRelayedToNobody() {
        assertTimeoutPreemptively(BOUND, () -> {
            openRoom();
            RawExtendedClient mallory = room.extended("mallory");
            RawExtendedClient alice = room.extended("alice");
            RawOriginalClient luca = room.original("luca");
            mallory.expect(ServerEvent.Join.class);
            mallory.expect(ServerEvent.Join.class);
            alice.expect(ServerEvent.Join.class);
            for (String line : List.of("MSG hi" + OVERWRITE, "ME waves\u001b]0;pwned\u0007", "TOPIC a\u202etxt.exe",
                    "PRIV alice \u0085fake", "MSG x\u2028y", "MSG nul\u0000", "MSG back\b\b\b")) {
                mallory.send(line);
                ServerEvent.Err err = mallory.expect(ServerEvent.Err.class);
                assertEquals(ErrorCode.BAD_TEXT, err.code(), line);
                assertTrue(err.text().contains("\\x") || err.text().contains("\\u"), err.text());
            }
            luca.send("hello" + OVERWRITE);
            luca.expect(OriginalProtocol.error(
                    "Not sent: the text contains the control character \\x0d, which the room does not relay "
                            + "(controls, line separators and bidi overrides are refused; tab is allowed)."));
            mallory.send("MSG tab\tis fine");
            assertEquals("tab\tis fine", alice.expect(ServerEvent.Msg.class).text(), "the first thing alice got");
            luca.expect("mallory: tab\tis fine");
            assertEquals("", room.server.status().topic());
        });
    }

    @Test
    void lookAlikesOfAMemberAreTakenAndInvisibleNamesRefused() {
        assertTimeoutPreemptively(BOUND, () -> {
            openRoom();
            room.extended("bob");
            room.extended("maria");
            RawExtendedClient newcomer = room.extendedUnjoined();
            for (String name : concat(LOOK_ALIKES_OF_BOB, List.of("m\u0430ria"))) {
                newcomer.send("NICK " + name);
                assertEquals(ErrorCode.NICK_TAKEN, newcomer.expect(ServerEvent.Err.class).code(), name);
            }
            for (String name : INVISIBLE) {
                newcomer.send("NICK " + name);
                assertEquals(ErrorCode.NICK_INVALID, newcomer.expect(ServerEvent.Err.class).code(), name);
            }
            RawOriginalClient original = room.originalUnjoined();
            original.send("b\u03bfb");
            original.expect(OriginalProtocol.nameRetry("That name is taken, choose another one."));
            assertEquals(List.of("bob", "maria"), room.server.status().members());
        });
    }

    @Test
    void aBanOnBobBansItsLookAlikes() {
        assertTimeoutPreemptively(BOUND, () -> {
            bans.add("bob");
            openRoom();
            RawExtendedClient newcomer = room.extendedUnjoined();
            for (String name : concat(List.of("bob"), LOOK_ALIKES_OF_BOB)) {
                newcomer.send("NICK " + name);
                ServerEvent.Err err = newcomer.expect(ServerEvent.Err.class);
                assertEquals(ErrorCode.NICK_INVALID, err.code(), name);
                assertTrue(err.text().contains("banned"), name + ": " + err.text());
            }
            newcomer.send("NICK rob");
            assertEquals("rob", newcomer.expect(ServerEvent.Welcome.class).name());
        });
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
