package org.chatroom.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * Several servers in one run, against real reconstructed original servers. Two of them do not share a room: the
 * clients and senders are spread round-robin (each server really sees half the connections), and each receiver
 * expects, and gets, exactly the messages of the senders on its own server. One server listed twice stands for two
 * nodes of one cluster (--shared): every receiver expects every message, and the deliveries from a sender on one
 * entry to a receiver on the other are counted and timed as cross-node. Correctness only: no timing is asserted.
 */
class MultiServerLoadRunTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final String LOAD = "--clients 20 --senders 4 --duration 1 --window 4 --confirm-joins "
            + "--join-pause 0.05 --label multi";

    @Test
    void clientsAreSpreadOverServersThatDoNotShareARoom() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (OriginalServerProcess a = new OriginalServerProcess();
                    OriginalServerProcess b = new OriginalServerProcess()) {
                Result r = run("--port " + a.port() + "," + b.port());
                assertEquals(20, r.joined());
                assertEquals(2, r.spread().servers().size());
                long sent = 0;
                for (Spread.Share s : r.spread().servers()) {
                    assertEquals(10, s.joined(), r.machineLine());
                    assertEquals(2, s.senders(), r.machineLine());
                    assertEquals(10, s.receivers(), r.machineLine());
                    assertTrue(s.sent() > 0, r.machineLine());
                    assertEquals(s.sent() * 10, s.expected(), "only the senders of its own server");
                    assertEquals(s.expected(), s.delivered(), r.machineLine() + "\n" + a.log() + "\n" + b.log());
                    assertEquals(0, s.foreign(), r.machineLine());
                    sent += s.sent();
                }
                assertEquals(r.sent(), sent);
                assertEquals(r.expected(), r.delivered());
                assertEquals(0, r.lost());
                assertEquals(0, r.spread().crossDeliveries(), "no room is shared: nothing crosses");
                assertEquals(10, connections(a), a.log());
                assertEquals(10, connections(b), b.log());
                assertTrue(r.machineLine().contains(" servers=2 shared=false "), r.machineLine());
            }
        });
    }

    @Test
    void oneServerListedTwiceIsTwoNodesOfOneCluster() {
        assertTimeoutPreemptively(LIMIT, () -> {
            try (OriginalServerProcess server = new OriginalServerProcess()) {
                Result r = run("--port " + server.port() + "," + server.port() + " --shared");
                assertEquals(20, r.joined());
                assertEquals(20, r.receivers());
                assertTrue(r.sent() > 0, "messages were sent");
                assertEquals(r.sent() * 20, r.expected(), "every receiver expects every message");
                assertEquals(r.expected(), r.delivered(), r.machineLine() + "\n" + server.log());
                // each message reaches the 10 receivers on the other entry across the "nodes"
                assertEquals(r.sent() * 10, r.spread().crossDeliveries(), r.machineLine());
                assertTrue(r.spread().crossP50Micros() > 0
                        && r.spread().crossP99Micros() >= r.spread().crossP50Micros(), r.machineLine());
                assertEquals(20, connections(server), server.log());
                assertTrue(r.machineLine().contains(" servers=2 shared=true cross_deliveries=" + r.sent() * 10),
                        r.machineLine());
            }
        });
    }

    private static Result run(String ports) throws IOException, InterruptedException {
        return new LoadRun(Options.parse((ports + " " + LOAD).split(" "))).run();
    }

    /** Connections the original server accepted: it prints "HOST:PORT connected." for each. */
    private static long connections(OriginalServerProcess server) throws IOException {
        return server.log().lines().filter(line -> line.endsWith(" connected.")).count();
    }
}
