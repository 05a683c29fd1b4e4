package org.chatroom.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * The tool's IRC mode against a real InspIRCd: every member registers and joins the channel, every PRIVMSG reaches
 * every other member (IRC echoes no sender its own), and the server's CPU time and memory are read from /proc; with
 * several rooms (channels), every member gets exactly its own room's messages. Correctness only: no timing is
 * asserted.
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
                assertTrue(r.machineLine().contains(" server_jit_us_per_delivery=0.0000 "),
                        "InspIRCd is compiled ahead of time: no JIT part: " + r.machineLine());
                assertTrue(r.machineLine().contains(" protocol=irc idle=5 clients=17 "), r.machineLine());
            }
        });
    }

    /**
     * 12 members in 3 channels (#load-0..2, 4 members each), 5 senders (2, 2 and 1 per room), 3 idle members (one
     * per room). The run expects 4 x sent - sent deliveries (one room would expect 12 x sent - sent) and gets them,
     * with nothing from another room. A receiver counts at most one arrival per message sent in its room (others are
     * duplicates or leaks), so the total matching means that every receiver got exactly its room's messages.
     */
    @Test
    void everyReceiverGetsExactlyTheMessagesOfItsOwnRoom() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (InspircdProcess server = new InspircdProcess()) {
                Result r = new LoadRun(Options.parse("--port", Integer.toString(server.port()), "--protocol", "irc",
                        "--clients", "12", "--senders", "5", "--rooms", "3", "--channel", "#load", "--rate", "300",
                        "--duration", "1", "--sources", "4", "--idle", "3", "--label", "rooms")).run();
                assertEquals(15, r.joined(), r.machineLine());
                assertEquals(12, r.receivers());
                assertTrue(r.sent() > 0, "messages were sent");
                assertEquals(4 * r.sent() - r.sent(), r.expected(), "4 receivers per room, no echo of their own");
                assertEquals(r.expected(), r.delivered(), r.machineLine());
                assertEquals(0, r.leaked(), "no room hears another");
                assertEquals(0, r.lost());
                assertEquals(0, r.corrupt());
                assertEquals(0, r.duplicates());
                assertTrue(r.latencyP99Micros() >= r.latencyP50Micros() && r.latencyP50Micros() > 0, r.machineLine());
                assertTrue(r.machineLine().contains(" senders=5 rooms=3 "), r.machineLine());
                assertTrue(r.machineLine().contains(" leaked=0 "), r.machineLine());
            }
        });
    }
}
