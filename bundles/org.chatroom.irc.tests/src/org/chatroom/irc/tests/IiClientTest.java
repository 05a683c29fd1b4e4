package org.chatroom.irc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.chatroom.testing.RawIrcClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real IRC client against our listener: Debian's {@code ii} (file-driven: commands into a FIFO, the channel into a
 * file; installed by releng/scripts/setup-debian.sh) registers, joins {@code #general}, says a line and reads one.
 */
class IiClientTest extends IrcRoomTest {

    private Process ii;

    @AfterEach
    void stopIi() throws Exception {
        if (ii != null) {
            ii.destroy();
            ii.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void iiJoinsSaysAndReads(@TempDir Path dir) {
        assertTimeoutPreemptively(BOUND, () -> {
            RawIrcClient bob = room.inGeneral("bob");
            ii = new ProcessBuilder("ii", "-s", "127.0.0.1", "-p", Integer.toString(room.irc.getPort()), "-n",
                    "iiuser", "-f", "ii on Debian", "-i", dir.toString()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("ii.log").toFile()).start();
            Path server = dir.resolve("127.0.0.1");
            ClientFiles.await(() -> Files.exists(server.resolve("in")), "ii's server FIFO");
            ClientFiles.write(server.resolve("in"), "/j #general");
            assertEquals(":iiuser!iiuser@irc.test JOIN #general", bob.await("JOIN #general"));

            Path channel = server.resolve("#general");
            ClientFiles.await(() -> Files.exists(channel.resolve("in")), "ii's channel FIFO");
            ClientFiles.write(channel.resolve("in"), "hello from ii");
            assertEquals(":iiuser!iiuser@irc.test PRIVMSG #general :hello from ii", bob.await("PRIVMSG"));

            bob.send("PRIVMSG #general :hello ii, from bob");
            ClientFiles.await(() -> ClientFiles.read(channel.resolve("out")).contains("<bob> hello ii, from bob"),
                    "bob's line in ii's out");
            String out = ClientFiles.read(channel.resolve("out"));
            assertTrue(out.indexOf("<iiuser> hello from ii") < out.indexOf("<bob> hello ii, from bob"), out);
        });
    }
}
