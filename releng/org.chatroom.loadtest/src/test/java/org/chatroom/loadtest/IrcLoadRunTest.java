package org.chatroom.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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

    /**
     * Unpaced over IRC with {@code --irc-echo}: InspIRCd's echo-message sends every sender its own messages back, so
     * each sender keeps at most its window in flight (without it an unpaced IRC sender has no bound), and every
     * member, senders included, gets every message.
     */
    @Test
    void withEchoMessageUnpacedSendersKeepTheirWindowAndGetTheirOwnMessages() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (InspircdProcess server = new InspircdProcess()) {
                Result r = new LoadRun(Options.parse("--port", Integer.toString(server.port()), "--protocol", "irc",
                        "--irc-echo", "--clients", "12", "--senders", "3", "--window", "4", "--duration", "1",
                        "--sources", "4", "--label", "echo")).run();
                assertEquals(12, r.joined(), r.machineLine());
                assertTrue(r.sent() > 0, "messages were sent");
                assertEquals(r.sent() * 12, r.expected(), "every sender expects its own messages back too");
                assertEquals(r.expected(), r.delivered(), r.machineLine());
                assertEquals(0, r.lost());
                assertEquals(0, r.duplicates());
                assertEquals(0, r.corrupt());
                assertTrue(r.machineLine().contains(" window_resets=0 "), "every echo came back: " + r.machineLine());
            }
        });
    }

    /**
     * {@code --settle} over IRC with echo-message: the first client's settling line is a PRIVMSG to the channel,
     * which every member, the idle ones and the first client itself, gets before sending starts; it is no message
     * token, so nothing counts it as corrupt.
     */
    @Test
    void idleMembersSettleOverIrcWithEchoMessage() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (InspircdProcess server = new InspircdProcess()) {
                Result r = new LoadRun(Options.parse("--port", Integer.toString(server.port()), "--protocol", "irc",
                        "--irc-echo", "--clients", "6", "--senders", "2", "--rate", "100", "--duration", "0.5",
                        "--sources", "4", "--idle", "8", "--settle", "--label", "settle")).run();
                assertEquals(14, r.joined(), r.machineLine());
                assertTrue(r.settleNanos() >= 0, "every member, the idle ones too, saw the line: " + r.machineLine());
                assertTrue(r.sent() > 0, "messages were sent");
                assertEquals(r.sent() * 6, r.expected(), "idle members are not measured; senders get their own");
                assertEquals(r.expected(), r.delivered(), r.machineLine());
                assertEquals(0, r.corrupt(), "the settling line is no message token");
                assertEquals(0, r.lost());
            }
        });
    }

    /**
     * {@code --idle-channel}: the idle members join a channel of their own, whose first member settles it, so that
     * the run starts once both channels delivered their joins; the measured members get what they expect.
     */
    @Test
    void idleMembersInAChannelOfTheirOwnSettleItToo() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (InspircdProcess server = new InspircdProcess()) {
                Result r = new LoadRun(Options.parse("--port", Integer.toString(server.port()), "--protocol", "irc",
                        "--irc-echo", "--clients", "6", "--senders", "2", "--rate", "100", "--duration", "0.5",
                        "--sources", "4", "--idle", "8", "--idle-channel", "#lobby", "--settle", "--label",
                        "lobby")).run();
                assertEquals(14, r.joined(), r.machineLine());
                assertTrue(r.settleNanos() >= 0, "the idle members saw their own channel's line: " + r.machineLine());
                assertEquals(r.sent() * 6, r.expected(), r.machineLine());
                assertEquals(r.expected(), r.delivered(), r.machineLine());
                assertEquals(0, r.lost());
                assertEquals(0, r.corrupt());
            }
        });
    }

    /** A server that answers {@code CAP REQ :echo-message} with NAK fails the run, saying why. */
    @Test
    void aServerRefusingEchoMessageFailsTheRun() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (ServerSocket listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
                Thread refuser = new Thread(() -> refuseEcho(listener), "refuses echo-message");
                refuser.setDaemon(true);
                refuser.start();
                IOException failed = assertThrows(IOException.class, () -> new LoadRun(Options.parse("--port",
                        Integer.toString(listener.getLocalPort()), "--protocol", "irc", "--irc-echo", "--clients", "1",
                        "--senders", "1", "--duration", "1", "--join-timeout", "10")).run());
                String why = String.valueOf(failed.getCause());
                assertTrue(why.contains("refused the echo-message capability"), why);
            }
        });
    }

    /** Answers the first client's capability request with NAK, then holds the connection until it closes. */
    private static void refuseEcho(ServerSocket listener) {
        try (Socket client = listener.accept()) {
            InputStream in = client.getInputStream();
            StringBuilder received = new StringBuilder();
            int b;
            while (received.indexOf("CAP REQ") < 0 && (b = in.read()) >= 0) {
                received.append((char) b);
            }
            OutputStream out = client.getOutputStream();
            out.write(":test CAP * NAK :echo-message\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            while (in.read() >= 0) {
                // until the tool closes the connection
            }
        } catch (IOException e) {
            // the tool closed first: nothing to answer
        }
    }
}
