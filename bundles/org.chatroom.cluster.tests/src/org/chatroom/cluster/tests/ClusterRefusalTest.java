package org.chatroom.cluster.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.chatroom.cluster.tests.Member.Protocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events Redis refuses after the node accepted them, other than messages: a topic, joins, leaves and renames; and
 * the topic kept in the settings when the setter's node cannot write it. Node 1's Redis user may
 * not run {@code SET}, the first write of the append script, so Redis refuses every append of node 1 when the round
 * arrives, with no effect, while the claims, memberships and settings node 1 writes go through. Real node JVMs on a
 * real redis-server, as in {@link ClusterTest}.
 */
@Timeout(300)
class ClusterRefusalTest {

    @TempDir
    Path folder;

    @Test
    void aTopicRedisRefusesAfterTheNodeAcceptedItChangesTheTopicNowhere() throws Exception {
        try (Cluster cluster = Cluster.start(folder, 2)) {
            Member ann = cluster.join(1, "ann", Protocol.ROOMS);
            Member bob = cluster.join(2, "bob", Protocol.ROOMS);
            ann.send("TOPIC " + Member.ROOM + " first");
            bob.awaitAnyLine(line -> line.matches("EVENT " + Member.ROOM + " [0-9]+ \\S+ TOPIC ann first"));
            cluster.redis.deny("node1", "set");
            try {
                int from = ann.lineCount();
                ann.send("TOPIC " + Member.ROOM + " second");
                ann.awaitLineAfter(from, line -> line.startsWith("ERR LOG_UNAVAILABLE "));
            } finally {
                cluster.redis.allow("node1", "set");
            }

            for (int node : List.of(1, 2)) {
                Member rooms = cluster.join(node, "rooms" + node, Protocol.ROOMS);
                String topic = rooms.awaitAnyLine(line -> line.startsWith("TOPIC "));
                assertTrue(topic.endsWith(" " + Member.ROOM + " ann first"), "node " + node + ": " + topic);
                Member extended = cluster.join(node, "ext" + node, Protocol.EXTENDED);
                topic = extended.awaitAnyLine(line -> line.startsWith("TOPIC "));
                assertTrue(topic.endsWith(" ann first"), "node " + node + ": " + topic);
            }
            assertTrue(bob.lines().stream().noneMatch(line -> line.contains("second")), "bob heard nothing of it");
        }
    }

    @Test
    void aJoinRedisRefusesAfterTheNodeAcceptedItIsRefusedToTheMemberWhoIsLeftOutsideTheRoom() throws Exception {
        try (Cluster cluster = Cluster.start(folder, 2)) {
            Member bob = cluster.join(2, "bob", Protocol.ROOMS);
            Member cy = cluster.named(1, "cy");
            cluster.redis.deny("node1", "set");
            try {
                cy.send("JOIN " + Member.ROOM);
                cy.awaitAnyLine(line -> line.startsWith("ERR LOG_UNAVAILABLE "));
                // an original or chatroom/1 member cannot be outside the default room: told, and disconnected
                Member dee = cluster.join(1, "dee", Protocol.EXTENDED);
                dee.awaitAnyLine(line -> line.startsWith("ERR LOG_UNAVAILABLE "));
                dee.awaitClosed();
            } finally {
                cluster.redis.allow("node1", "set");
            }

            int from = cy.lineCount();
            cy.send("JOIN " + Member.ROOM); // cy is outside the room: not ALREADY_IN_ROOM
            String joined = cy.awaitLineAfter(from, line -> line.startsWith("JOINED ") || line.startsWith("ERR "));
            assertTrue(joined.startsWith("JOINED "), joined);
            Member dee = cluster.join(1, "dee", Protocol.EXTENDED); // the name was given back
            // a node's member list holds dee once that node delivered the join, and node 2 may deliver it before
            // node 1 does (seen once on CI: cy's list, from node 1, lacked dee right after bob saw dee join)
            bob.awaitEvent("JOIN", "dee");
            cy.awaitEvent("JOIN", "dee");
            for (String name : List.of("cy", "dee")) {
                assertEquals(1, bob.lines().stream().filter(line -> line.matches(
                        "EVENT " + Member.ROOM + " [0-9]+ \\S+ JOIN " + name)).count(), "bob saw " + name + " join once");
            }
            TreeSet<String> everybody = new TreeSet<>(List.of("bob", "cy", "dee"));
            for (Member member : List.of(bob, cy, dee)) {
                assertEquals(everybody, new TreeSet<>(member.names()), member.name + "'s member list");
            }
        }
    }

    @Test
    void aLeaveRedisRefusesAfterTheNodeAcceptedItReachesEveryNodeOnceRedisTakesIt() throws Exception {
        try (Cluster cluster = Cluster.start(folder, 2)) {
            Member ann = cluster.join(1, "ann", Protocol.ROOMS);
            Member bob = cluster.join(2, "bob", Protocol.ROOMS);
            Member cy = cluster.join(1, "cy", Protocol.ROOMS);
            bob.awaitEvent("JOIN", "cy");
            List<Member> members = new ArrayList<>(List.of(bob, cy));
            cluster.redis.deny("node1", "set");
            try {
                ann.send("PART " + Member.ROOM);
                ann.awaitAnyLine(line -> line.startsWith("PARTED "));
                // no room said that ann left yet: the presence records keep her until her leave is in the log
                Member dee = cluster.join(2, "dee", Protocol.ROOMS);
                assertEquals(new TreeSet<>(List.of("ann", "bob", "cy", "dee")), new TreeSet<>(dee.names()),
                        "dee's member list while the leave is owed");
                members.add(dee);
            } finally {
                cluster.redis.allow("node1", "set");
            }
            for (Member member : members) {
                member.awaitEvent("LEAVE", "ann");
                assertEquals(1, member.lines().stream().filter(line -> line.matches(
                        "EVENT " + Member.ROOM + " [0-9]+ \\S+ LEAVE ann( .*)?")).count(), member.name);
            }
            for (Member member : members) {
                assertEquals(new TreeSet<>(List.of("bob", "cy", "dee")), new TreeSet<>(member.names()),
                        member.name + "'s member list once the leave is in the log");
            }
        }
    }

    @Test
    void aRenameRedisRefusesAfterTheNodeAcceptedItReachesEveryNodeOnceRedisTakesIt() throws Exception {
        try (Cluster cluster = Cluster.start(folder, 2)) {
            Member ann = cluster.join(1, "ann", Protocol.ROOMS);
            Member bob = cluster.join(2, "bob", Protocol.ROOMS);
            cluster.redis.deny("node1", "set");
            try {
                int from = ann.lineCount();
                ann.send("NICK anna");
                ann.awaitLineAfter(from, line -> line.startsWith("WELCOME "));
            } finally {
                cluster.redis.allow("node1", "set");
            }
            bob.awaitEvent("NICK", "ann anna");
            TreeSet<String> everybody = new TreeSet<>(List.of("anna", "bob", "eve"));
            Member eve = cluster.join(2, "eve", Protocol.ROOMS);
            bob.awaitEvent("JOIN", "eve");
            for (Member member : List.of(ann, bob, eve)) {
                assertEquals(everybody, new TreeSet<>(member.names()), member.name + "'s member list");
            }
        }
    }

    @Test
    void aTopicItsSettersNodeCannotKeepInTheSettingsIsKeptByTheOtherNodeForNodesOpeningTheRoomLater()
            throws Exception {
        try (Cluster cluster = Cluster.start(folder, 2)) {
            Member ann = cluster.join(1, "ann", Protocol.ROOMS);
            Member bob = cluster.join(2, "bob", Protocol.ROOMS);
            cluster.denySettingsWrites(1);
            try {
                ann.send("TOPIC " + Member.ROOM + " kept");
                bob.awaitAnyLine(line -> line.matches("EVENT " + Member.ROOM + " [0-9]+ \\S+ TOPIC ann kept"));
                cluster.awaitSetting(Member.ROOM, "topic", "kept"); // node 2 committed it and keeps it
            } finally {
                cluster.letWriteSettings(1);
            }
            cluster.restart(1); // opens the room again from its settings
            Member cy = cluster.join(1, "cy", Protocol.ROOMS);
            String topic = cy.awaitAnyLine(line -> line.startsWith("TOPIC "));
            assertTrue(topic.endsWith(" " + Member.ROOM + " ann kept"), topic);
        }
    }
}
