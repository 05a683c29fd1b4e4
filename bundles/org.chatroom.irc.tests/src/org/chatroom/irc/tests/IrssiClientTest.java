package org.chatroom.irc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.chatroom.testing.RawIrcClient;
import org.chatroom.testing.RawOriginalClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real terminal IRC client against our listener, used as a person uses it: Debian's {@code irssi} in tmux (both
 * installed by releng/scripts/setup-debian.sh), typed into and read from the screen. It connects, joins
 * {@code #general}, says a line that an original-protocol client sees, and shows the line that client says back.
 */
class IrssiClientTest extends IrcRoomTest {

    @Test
    void irssiJoinsSaysAndShows(@TempDir Path home) {
        RealClients.require("irssi", "irssi");
        RealClients.require("tmux", "tmux");
        assertTimeoutPreemptively(BOUND, () -> {
            RawOriginalClient carol = room.original("carol");
            RawIrcClient bob = room.inGeneral("bob");
            try (Tmux irssi = Tmux.start("irssi --home=" + home + " -n irssiuser -c 127.0.0.1 -p "
                    + room.irc.getPort())) {
                assertTrue(irssi.await("End of /MOTD").contains("Welcome to the Chatroom Network"));
                irssi.type("/join #general");
                // carol's join may come after bob's names (once the room log committed it): skipped
                assertEquals(":irssiuser!irssiuser@irc.test JOIN #general", bob.await("^:irssiuser!\\S+ JOIN "));
                irssi.await("[ bob]");

                irssi.type("hello from irssi");
                assertEquals(":irssiuser!irssiuser@irc.test PRIVMSG #general :hello from irssi",
                        bob.await(" PRIVMSG "));
                IrcRoom.awaitText(carol, "irssiuser: hello from irssi");
                carol.send("hello irssi, from carol\n");
                String screen = irssi.await("< carol> hello irssi, from carol");
                assertTrue(screen.indexOf("< irssiuser> hello from irssi") < screen.indexOf("< carol> hello irssi"),
                        screen);
            }
        });
    }
}
