package org.chatroom.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * The tool against the real reconstructed original server: with confirmed joins and a pause after each (the original
 * adds a member to its dict just after its join broadcast, and a broadcast running while that dict changes crashes,
 * which nothing a client sees can rule out: the pause lets the server's thread finish) every message reaches every
 * member; messages over 1024 bytes, which the original cuts and re-prefixes, are reported as corrupt and lost.
 * Correctness only: no timing is asserted.
 */
class LoadRunTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @Test
    void everyMessageReachesEveryMemberOfTheOriginalServer() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (OriginalServerProcess server = new OriginalServerProcess()) {
                Result r = new LoadRun(Options.parse("--port", Integer.toString(server.port()), "--clients", "20",
                        "--senders", "3", "--duration", "1", "--window", "4", "--confirm-joins", "--join-pause", "0.05",
                        "--label", "test")).run();
                assertEquals(20, r.joined());
                assertEquals(20, r.receivers());
                assertTrue(r.sent() > 0, "messages were sent");
                assertEquals(r.sent() * 20, r.expected());
                assertEquals(r.expected(), r.delivered(), r.machineLine() + "\nthe original server printed:\n"
                        + server.log());
                assertEquals(0, r.lost());
                assertEquals(0, r.corrupt());
                assertEquals(0, r.duplicates());
                assertTrue(r.latencyP50Micros() > 0 && r.latencyP99Micros() >= r.latencyP50Micros(), r.machineLine());
                assertTrue(r.joinNanos() > 0, "all joined in time");
                assertTrue(r.machineLine().contains(" lost=0 "), r.machineLine());
                Fairness fairness = r.fairness();
                assertTrue(Arrays.stream(fairness.tenthMeanMicros()).allMatch(mean -> mean > 0)
                        && fairness.fastestReceiverMeanMicros() > 0
                        && fairness.slowestReceiverMeanMicros() >= fairness.fastestReceiverMeanMicros(),
                        "every tenth of the receivers has its mean latency: " + fairness.tenths());
                assertTrue(fairness.longestRoundMicros() > 0, "the I/O threads' rounds were timed");
            }
        });
    }

    @Test
    void settlingWaitsUntilEveryMemberHasTheLineSentAfterTheLastJoin() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (OriginalServerProcess server = new OriginalServerProcess()) {
                Result r = new LoadRun(Options.parse("--port", Integer.toString(server.port()), "--clients", "5",
                        "--idle", "10", "--senders", "2", "--duration", "0.5", "--window", "4", "--confirm-joins",
                        "--join-pause", "0.05", "--settle", "--label", "test")).run();
                assertEquals(15, r.joined());
                assertTrue(r.settleNanos() >= 0, "every member, the idle ones too, saw the line: " + r.machineLine());
                assertTrue(r.machineLine().contains(" settle_ms="), r.machineLine());
                assertEquals(r.sent() * 5, r.expected(), "idle members are not measured");
                assertEquals(r.expected(), r.delivered(), r.machineLine());
                assertEquals(0, r.corrupt(), "the settling line is no message token");
            }
        });
    }

    @Test
    void messagesTheOriginalServerCutsAreCountedCorruptAndLost() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (OriginalServerProcess server = new OriginalServerProcess()) {
                Result r = new LoadRun(Options.parse("--port", Integer.toString(server.port()), "--clients", "5",
                        "--senders", "1", "--duration", "0.5", "--window", "1", "--pad", "1100",
                        "--connect-concurrency", "1", "--join-pause", "0.01", "--drain", "1")).run();
                assertEquals(5, r.joined());
                assertTrue(r.sent() > 0, "messages were sent");
                assertEquals(0, r.delivered(), "no 1100-byte message survives the original's 1024-byte reads");
                assertEquals(r.expected(), r.lost());
                assertTrue(r.corrupt() >= r.expected(), r.machineLine());
            }
        });
    }

    @Test
    void joinOnlyRunMeasuresJoins() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (OriginalServerProcess server = new OriginalServerProcess()) {
                Result r = new LoadRun(Options.parse("--port", Integer.toString(server.port()), "--clients", "10",
                        "--senders", "0", "--connect-concurrency", "1")).run();
                assertEquals(10, r.joined());
                assertEquals(0, r.sent());
                assertTrue(r.joinNanos() > 0 && r.joinP99Micros() > 0, r.machineLine());
            }
        });
    }
}
