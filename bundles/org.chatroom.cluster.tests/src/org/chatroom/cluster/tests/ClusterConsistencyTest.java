package org.chatroom.cluster.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.chatroom.cluster.tests.Member.Protocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where nodes of a cluster could disagree, or a member could lose something without a word: a name taken while its
 * node was cut off from Redis, a message Redis refused after the node accepted it, a ban set on another node. Real
 * node JVMs on a real redis-server, as in {@link ClusterTest}.
 */
@Timeout(300)
class ClusterConsistencyTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    @Test
    void aNameTakenWhileItsNodeWasCutOffStaysWithTheNewHolderAndTheOldOneIsToldAndDisconnected() throws Exception {
        try (Cluster cluster = Cluster.start(folder, 2)) {
            Member erin = cluster.join(1, "erin", Protocol.ROOMS);
            Member cy = cluster.join(1, "cy", Protocol.ROOMS);
            Member bob = cluster.join(2, "bob", Protocol.ROOMS);
            cluster.redis.lockOut("node1");
            // node 2 removes node 1's members once node 1's heartbeat expired (3 s), and the room says so
            bob.awaitEvent("LEAVE", "erin");
            Member erin2 = cluster.join(2, "erin", Protocol.ROOMS);
            cluster.redis.letIn("node1");

            String bye = erin.awaitAnyLine(line -> line.startsWith("BYE "));
            assertTrue(bye.contains("took the name erin"), "erin of node 1 is told why: " + bye);
            erin.awaitClosed();
            Set<String> everybody = new TreeSet<>(List.of("bob", "cy", "erin"));
            for (Member member : List.of(cy, bob, erin2)) {
                assertEquals(everybody, new TreeSet<>(member.names()), member.name + "'s member list");
                assertTrue(member.connected(), member.name + " stays connected");
            }
            assertTrue(erin2.sayConfirmed(0));
            cy.awaitAll(Set.of("erin#0"), WAIT);
        }
    }

    @Test
    void aMessageRedisRefusesAfterTheNodeAcceptedItIsRefusedToItsSenderAndReachesNobody() throws Exception {
        try (Cluster cluster = Cluster.start(folder, 2)) {
            Member ann = cluster.join(1, "ann", Protocol.ROOMS);
            Member bob = cluster.join(2, "bob", Protocol.EXTENDED);
            ann.awaitEvent("JOIN", "bob"); // bob hears from here on
            assertTrue(ann.sayConfirmed(0));
            // Redis is full (no eviction): it refuses the append script of the node's writer, a data error
            cluster.redis.cli("CONFIG", "SET", "maxmemory", "1");
            try {
                assertFalse(ann.sayConfirmed(1), "ann is told that message 1 was not sent");
            } finally {
                cluster.redis.cli("CONFIG", "SET", "maxmemory", "0");
            }
            assertTrue(ann.sayConfirmed(2), "sent again once Redis takes writes");
            List<String> logged = List.of("ann#0", "ann#2");
            bob.awaitAll(Set.copyOf(logged), WAIT);
            assertEquals(logged, bob.tokens(), "bob got what was logged, nothing else");
            assertEquals(logged, ann.tokens(), "ann got what was logged, nothing else");
        }
    }

    @Test
    void aServerWideBanOnOneNodeRemovesAndRefusesTheMemberOnEveryNode() throws Exception {
        try (Cluster cluster = Cluster.start(folder, 2)) {
            Member ann = cluster.join(1, "ann", Protocol.ROOMS);
            Member mal = cluster.join(2, "mal", Protocol.EXTENDED);
            cluster.node(1).command("ban mal");

            mal.awaitAnyLine(line -> line.startsWith("BYE "));
            mal.awaitClosed();
            ann.awaitEvent("LEAVE", "mal");
            String answer = Member.nickAnswer(cluster.node(2).address(), "mal");
            assertTrue(answer.startsWith("ERR NICK_INVALID"), "the ban holds on node 2: " + answer);
            assertEquals(new TreeSet<>(List.of("ann")), new TreeSet<>(ann.names()));
        }
    }

    @Test
    void aRoomBanOnOneNodeTakesTheMemberOfAnotherNodeOutOfTheRoom() throws Exception {
        try (Cluster cluster = Cluster.start(folder, 2)) {
            Member ann = cluster.join(1, "ann", Protocol.ROOMS);
            Member mal = cluster.join(2, "mal", Protocol.ROOMS);
            cluster.node(1).command("ban-from " + Member.ROOM + " mal");

            mal.awaitAnyLine(line -> line.startsWith("PARTED ") && line.contains(" " + Member.ROOM));
            ann.awaitEvent("LEAVE", "mal");
            assertEquals(new TreeSet<>(List.of("ann")), new TreeSet<>(ann.names()));
            assertTrue(mal.connected(), "a room ban takes mal out of the room, not off the server");
        }
    }

    /** ... and the members who stay in it, on either node, are told. */
    @Test
    void aRoomPasswordSetOnOneNodeAppliesToTheNextJoinOnAnother() throws Exception {
        try (Cluster cluster = Cluster.start(folder, 2)) {
            Member ann = cluster.named(1, "ann");
            ann.send("CREATE side");
            ann.awaitAnyLine(line -> line.startsWith("JOINED ") && line.contains(" side "));
            Member bob = cluster.named(2, "bob");
            bob.send("JOIN side"); // node 2 opens the room
            bob.awaitAnyLine(line -> line.startsWith("JOINED ") && line.contains(" side "));
            Member cy = cluster.named(2, "cy");
            cy.send("JOIN side");
            cy.awaitAnyLine(line -> line.startsWith("JOINED ") && line.contains(" side "));
            int from = bob.lineCount();
            bob.send("PART side");
            bob.awaitLineAfter(from, line -> line.startsWith("PARTED "));

            int cyFrom = cy.lineCount();
            int annFrom = ann.lineCount();
            cluster.node(1).command("password side secret");
            String told = "The host set a new password for the room side: you stay in it;";
            // a member on the other node (it was not told), and one on the node that set it
            cy.awaitLineAfter(cyFrom, line -> line.startsWith("NOTICE ") && line.contains(told));
            ann.awaitLineAfter(annFrom, line -> line.startsWith("NOTICE ") && line.contains(told));
            from = bob.lineCount();
            bob.send("JOIN side");
            String answer = bob.awaitLineAfter(from, line -> line.startsWith("JOINED ") || line.startsWith("ERR "));
            assertTrue(answer.startsWith("ERR ROOM_PASSWORD "), answer);
            from = bob.lineCount();
            bob.send("JOIN side - secret");
            answer = bob.awaitLineAfter(from, line -> line.startsWith("JOINED ") || line.startsWith("ERR "));
            assertTrue(answer.startsWith("JOINED "), answer);
        }
    }
}
