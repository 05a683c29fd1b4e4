package org.chatroom.cluster.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.chatroom.cluster.tests.Member.Protocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bans edited on several nodes: a room's bans set on two nodes at the same moment, and the server-wide bans each node
 * keeps in its file against the cluster's list. Real node JVMs on a real redis-server, as in {@link ClusterTest}.
 */
@Timeout(300)
class ClusterBansTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    @Test
    void roomBansSetOnTwoNodesAtTheSameMomentAreAllKept() throws Exception {
        try (Cluster cluster = Cluster.start(folder, 2)) {
            List<String> banned = new ArrayList<>();
            List<List<String>> commands = List.of(new ArrayList<>(), new ArrayList<>());
            for (int i = 0; i < 6; i++) {
                for (int node = 1; node <= 2; node++) {
                    String name = (node == 1 ? "x" : "y") + i;
                    banned.add(name);
                    commands.get(node - 1).add("ban-from " + Member.ROOM + " " + name);
                }
            }
            CompletableFuture<?>[] both = new CompletableFuture<?>[2];
            for (int node = 1; node <= 2; node++) {
                NodeProcess process = cluster.node(node);
                List<String> lines = commands.get(node - 1);
                both[node - 1] = CompletableFuture.runAsync(() -> {
                    try {
                        process.commands(lines);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            CompletableFuture.allOf(both).join();

            for (int i = 0; i < banned.size(); i++) {
                Member member = cluster.named(1 + i % 2, banned.get(i));
                member.send("JOIN " + Member.ROOM);
                String answer = member.awaitAnyLine(line -> line.startsWith("JOINED ") || line.startsWith("ERR "));
                assertTrue(answer.startsWith("ERR ROOM_BANNED "), banned.get(i) + ": " + answer);
            }
        }
    }

    @Test
    void aBanLiftedWhileANodeWasStoppedStaysLiftedWhenItStartsAgainAndEveryNodesFileFollowsTheCluster()
            throws Exception {
        Files.writeString(NodeProcess.banFile(folder, "node1"), "mal\n");
        try (Cluster cluster = Cluster.start(folder, 2)) {
            awaitSaved(cluster, 2, List.of("mal")); // node 1 seeded the new cluster; node 2 keeps its list
            assertTrue(Member.nickAnswer(cluster.node(2).address(), "mal").startsWith("ERR NICK_INVALID"));

            cluster.stop(1);
            cluster.node(2).command("unban mal");
            cluster.restart(1); // its file still bans mal: the cluster's (empty) list wins

            assertEquals(List.of(), cluster.savedBans(1), "node 1's file follows the cluster's list");
            assertEquals(List.of(), cluster.savedBans(2));
            cluster.join(1, "mal", Protocol.EXTENDED); // not banned on node 1
            String answer = Member.nickAnswer(cluster.node(2).address(), "mal");
            assertTrue(answer.startsWith("ERR NICK_TAKEN "), "not banned on node 2 (a ban is checked first): " + answer);
        }
    }

    /** Waits until node {@code node}'s file holds {@code bans}; the node writes it when it learns them. */
    private static void awaitSaved(Cluster cluster, int node, List<String> bans) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!cluster.savedBans(node).equals(bans)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("node " + node + " keeps " + cluster.savedBans(node) + ", not " + bans);
            }
            Thread.sleep(50); // a file has nothing to wait on: polled, bounded by the deadline
        }
    }
}
