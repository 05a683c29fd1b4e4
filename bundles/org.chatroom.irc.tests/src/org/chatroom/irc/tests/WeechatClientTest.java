package org.chatroom.irc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.chatroom.testing.RawIrcClient;
import org.chatroom.testing.RawOriginalClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real, full IRC client against our listener: WeeChat (Debian's {@code weechat-headless} with
 * {@code weechat-plugins} for its fifo; installed by releng/scripts/setup-debian.sh), scripted with {@code -r}
 * commands. It negotiates {@code CAP LS 302}, logs in with SASL PLAIN, joins {@code #general} on its own
 * ({@code autojoin}), says a line through its FIFO that an original-protocol client sees, and logs the line that
 * client says back.
 */
class WeechatClientTest extends IrcRoomTest {

    private Process weechat;

    @Override
    Map<String, Object> ircSettings() {
        return Map.of("accounts", new String[] { "ada " + SaslTest.hash("ada-secret") });
    }

    @AfterEach
    void stopWeechat() {
        if (weechat != null) {
            weechat.destroy();
            try {
                if (!weechat.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                    weechat.destroyForcibly();
                }
            } catch (InterruptedException e) {
                weechat.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void weechatLogsInJoinsSaysAndReads(@TempDir Path home) {
        RealClients.require("weechat-headless", "weechat-headless weechat-plugins");
        assertTimeoutPreemptively(BOUND, () -> {
            RawOriginalClient carol = room.original("carol");
            RawIrcClient bob = room.inGeneral("bob");
            Path fifo = home.resolve("weechat.fifo");
            String setup = String.join(";", "/set fifo.file.enabled on", "/set fifo.file.path " + fifo,
                    "/set logger.file.flush_delay 0",
                    "/server add ours 127.0.0.1/" + room.irc.getPort() + " -notls -nicks=wee -username=wee"
                            + " -realname=WeeChat -autojoin=#general -sasl_mechanism=plain -sasl_username=ada"
                            + " -sasl_password=ada-secret -sasl_fail=disconnect",
                    "/connect ours");
            weechat = new ProcessBuilder("weechat-headless", "--dir", home.toString(), "-P", "irc,fifo,logger", "-s",
                    "-r", setup).redirectErrorStream(true).redirectOutput(home.resolve("stdout.txt").toFile())
                    .start();

            assertEquals(":wee!wee@irc.test JOIN #general", bob.await("JOIN #general"));
            bob.send("WHOIS wee");
            assertEquals(":irc.test 330 bob wee ada :is logged in as", bob.await(" 330 "), "logged in with SASL");

            // WeeChat drops a FIFO line for a buffer it has not opened yet: bob sees the JOIN before WeeChat has
            // processed its own, so wait for its logger to write the join into the channel's log.
            Path log = home.resolve("logs").resolve("irc.ours.#general.weechatlog");
            ClientFiles.await(() -> ClientFiles.read(log).contains("has joined #general"),
                    "WeeChat's own join in its log of #general");
            ClientFiles.await(() -> Files.exists(fifo), "WeeChat's FIFO");
            ClientFiles.write(fifo, "irc.ours.#general *hello from weechat");
            assertEquals(":wee!wee@irc.test PRIVMSG #general :hello from weechat", bob.await(" PRIVMSG "));
            IrcRoom.awaitText(carol, "wee: hello from weechat");

            carol.send("hello weechat, from carol\n");
            ClientFiles.await(() -> ClientFiles.read(log).contains("carol\thello weechat, from carol"),
                    "carol's line in WeeChat's log of #general");
            String seen = ClientFiles.read(log);
            assertTrue(seen.indexOf("wee\thello from weechat") < seen.indexOf("carol\thello weechat, from carol"),
                    seen);
        });
    }
}
