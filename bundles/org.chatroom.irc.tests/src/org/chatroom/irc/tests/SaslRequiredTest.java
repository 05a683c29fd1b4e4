package org.chatroom.irc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.chatroom.testing.RawIrcClient;
import org.junit.jupiter.api.Test;

/** {@code sasl.required}: only clients logged in to an account register; the others are told so and closed. */
class SaslRequiredTest extends IrcRoomTest {

    @Override
    Map<String, Object> ircSettings() {
        return Map.of("accounts", new String[] { "ada " + SaslTest.hash("ada-secret") }, "sasl.required", true);
    }

    @Test
    void aClientWithoutLoginIsRefusedAndOneWithItRegisters() {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient anonymous = room.ircUnregistered();
            anonymous.send("NICK anon");
            anonymous.send("USER anon 0 * :anon");
            List<String> lines = anonymous.readToEnd();
            assertEquals(List.of(":irc.test FAIL * ACCOUNT_REQUIRED :This server needs a SASL login"
                    + " (CAP REQ sasl, AUTHENTICATE PLAIN) before registration", "ERROR :Closing Link: This server"
                    + " needs a SASL login (CAP REQ sasl, AUTHENTICATE PLAIN) before registration"), lines);

            RawIrcClient ada = SaslTest.negotiating(room, "ada");
            ada.send("AUTHENTICATE PLAIN");
            ada.line();
            ada.send("AUTHENTICATE " + SaslTest.plain("ada", "ada", "ada-secret"));
            ada.await(" 903 ");
            ada.send("CAP END");
            assertTrue(ada.await(" 001 ").startsWith(":irc.test 001 ada :"));
            IrcRoom.join(ada, "ada", "#general");
        });
    }
}
