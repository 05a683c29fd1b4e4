package org.chatroom.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * The tool's IRC mode against a real InspIRCd: every member registers and joins the channel, every PRIVMSG reaches
 * every other member (IRC echoes no sender its own), and the server's CPU time and memory are read from /proc.
 * Correctness only: no timing is asserted.
 */
class IrcLoadRunTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @Test
    void everyMessageReachesEveryOtherMemberOfAnIrcChannel() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (InspircdProcess server = new InspircdProcess()) {
                Result r = new LoadRun(Options.parse("--port", Integer.toString(server.port()), "--protocol", "irc",
                        "--clients", "12", "--senders", "3", "--rate", "300", "--duration", "1", "--sources", "4",
                        "--idle", "5", "--server-pid", Long.toString(server.pid()), "--label", "irc")).run();
                assertEquals(17, r.joined(), r.machineLine());
                assertEquals(12, r.receivers(), "idle members are not measured");
                assertTrue(r.sent() > 0, "messages were sent");
                assertEquals(r.sent() * 12 - r.sent(), r.expected(), "no sender expects its own message back");
                assertEquals(r.expected(), r.delivered(), r.machineLine());
                assertEquals(0, r.lost());
                assertEquals(0, r.corrupt());
                assertEquals(0, r.duplicates());
                assertTrue(r.latencyP99Micros() >= r.latencyP50Micros() && r.latencyP50Micros() > 0, r.machineLine());
                assertTrue(r.serverCpuNanos() >= 0 && r.serverRssBytes() > 0, r.machineLine());
                assertTrue(r.machineLine().contains(" protocol=irc idle=5 clients=17 "), r.machineLine());
            }
        });
    }
}
