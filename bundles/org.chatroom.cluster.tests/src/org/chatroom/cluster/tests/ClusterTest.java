package org.chatroom.cluster.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.chatroom.cluster.tests.Member.Protocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three server nodes, each a JVM of its own, sharing their rooms through a real redis-server (AOF on,
 * {@code appendfsync always}): members spread over them get every message once and in the same order, the member
 * lists agree, a node killed with SIGKILL loses nobody's messages (its members resume on another node), and a Redis
 * restart loses and duplicates nothing a member received.
 */
@Timeout(300)
class ClusterTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    @Test
    void membersSpreadOverThreeNodesGetEveryMessageOnceInOneOrder() throws Exception {
        try (Cluster cluster = Cluster.start(folder, 3)) {
            List<Member> members = List.of(cluster.join(1, "ann", Protocol.ORIGINAL),
                    cluster.join(1, "bob", Protocol.ROOMS), cluster.join(2, "cy", Protocol.EXTENDED),
                    cluster.join(2, "dee", Protocol.ROOMS), cluster.join(3, "eve", Protocol.ORIGINAL),
                    cluster.join(3, "fay", Protocol.ROOMS));
            Set<String> everybody = new TreeSet<>(List.of("ann", "bob", "cy", "dee", "eve", "fay"));
            for (Member member : members) {
                if (member.protocol != Protocol.ORIGINAL) {
                    assertEquals(everybody, new TreeSet<>(member.names()), member.name + "'s member list");
                }
            }
            // appends are sent to Redis in rounds, so a member's welcome can come before its JOIN has its place in
            // the room's order, and what others send meanwhile is ordered before it (not for that member, by design):
            // the messages start once the last JOIN (fay's, after eve's on the same node) is in the stream
            members.get(1).awaitAnyLine(line -> line.matches("EVENT general [0-9]+ \\S+ JOIN fay"));
            int each = 30;
            awaitSent(sendAll(members, member -> {
                for (int i = 0; i < each; i++) {
                    member.say(i);
                }
            }), 60);
            int total = each * members.size();
            List<String> reference = members.get(0).awaitTokens(total, WAIT);
            assertEquals(total, new HashSet<>(reference).size(), "every message once: " + reference);
            for (Member member : members) {
                assertEquals(reference, member.awaitTokens(total, WAIT), member.name + " (" + member.protocol
                        + ") got the messages in the same order as ann");
            }
        }
    }

    @Test
    void killingANodeLosesNothingItsMembersResumeElsewhere() throws Exception {
        try (Cluster cluster = Cluster.start(folder, 3)) {
            Member gil = cluster.join(1, "gil", Protocol.ROOMS);
            Member hal = cluster.join(2, "hal", Protocol.EXTENDED);
            Member ivy = cluster.join(3, "ivy", Protocol.ROOMS);
            Member jo = cluster.join(3, "jo", Protocol.ROOMS);
            int each = 150;
            List<Future<?>> sent = sendAll(List.of(gil, hal), sender -> paced(sender, each));
            gil.awaitTokens(40, WAIT); // mid-traffic
            cluster.node(3).kill();
            ivy.resume(cluster.node(1).address(), "ivy2");
            jo.resume(cluster.node(2).address(), "jo2");
            awaitSent(sent, 120);
            int total = 2 * each;
            List<String> reference = gil.awaitTokens(total, WAIT);
            assertEquals(total, new HashSet<>(reference).size(), "every message once: " + reference);
            for (Member member : List.of(hal, ivy, jo)) {
                assertEquals(reference, member.awaitTokens(total, WAIT), member.name + " got every message once, in "
                        + "gil's order, across the kill");
            }
            for (Member resumed : List.of(ivy, jo)) {
                assertIncreasing(resumed);
            }
            for (String left : List.of("ivy", "jo")) {
                gil.awaitAnyLine(line -> line.matches("EVENT general [0-9]+ \\S+ LEAVE " + left + " .*"));
                gil.awaitAnyLine(line -> line.matches("EVENT general [0-9]+ \\S+ JOIN " + left + "2"));
            }
            assertEquals(new TreeSet<>(List.of("gil", "hal", "ivy2", "jo2")), new TreeSet<>(gil.names()),
                    "the dead node's members are gone from the lists, the resumed ones are in them");
        }
    }

    @Test
    void aRedisRestartLosesAndDuplicatesNothingAMemberReceived() throws Exception {
        try (Cluster cluster = Cluster.start(folder, 3)) {
            Member kim = cluster.join(1, "kim", Protocol.ROOMS);
            Member lee = cluster.join(2, "lee", Protocol.EXTENDED);
            Member max = cluster.join(3, "max", Protocol.ROOMS);
            Member oz = cluster.join(1, "oz", Protocol.ORIGINAL);
            Set<String> refused = ConcurrentHashMap.newKeySet();
            Set<String> committed = ConcurrentHashMap.newKeySet();
            int each = 150;
            List<Future<?>> sent = sendAll(List.of(kim, lee), sender -> {
                for (int i = 0, accepted = 0; accepted < each; i++) {
                    String token = Member.token(sender.name, i);
                    if (sender.sayConfirmed(i)) {
                        committed.add(token);
                        accepted++;
                    } else {
                        refused.add(token);
                        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50)); // pace the retries
                    }
                }
            });
            max.awaitTokens(60, WAIT); // mid-traffic
            cluster.redis.kill();
            cluster.redis.restart();
            awaitSent(sent, 180);
            Set<String> delivered = new HashSet<>();
            committed.forEach(token -> delivered.add(strip(token)));
            max.awaitAll(delivered, WAIT);
            List<String> reference = max.tokens();
            assertEquals(new HashSet<>(reference).size(), reference.size(), "nothing twice: " + reference);
            for (Member member : List.of(kim, lee, oz)) {
                member.awaitAll(delivered, WAIT);
                assertEquals(reference, member.tokens(), member.name + " got what max got, in the same order");
                assertTrue(member.connected(), member.name + " stayed connected through the Redis restart");
            }
            assertTrue(max.connected(), "max stayed connected through the Redis restart");
            assertIncreasing(max);
            Member late = Member.replaying(cluster.node(2).address(), "pam");
            try {
                assertEquals(reference, late.tokens(), "the history after the restart holds what the members "
                        + "received, in order (" + refused.size() + " messages refused during the outage)");
            } finally {
                late.close();
            }
        }
    }

    /** What one sender does. */
    @FunctionalInterface
    private interface Sending {
        void run(Member sender) throws Exception;
    }

    /** Runs {@code sending} for each of {@code senders} at once, each on a thread of its own. */
    private static List<Future<?>> sendAll(List<Member> senders, Sending sending) {
        ExecutorService threads = Executors.newFixedThreadPool(senders.size());
        List<Future<?>> sent = new ArrayList<>();
        for (Member sender : senders) {
            sent.add(threads.submit(() -> {
                sending.run(sender);
                return null;
            }));
        }
        threads.shutdown();
        return sent;
    }

    private static void awaitSent(List<Future<?>> sent, int seconds) throws Exception {
        for (Future<?> done : sent) {
            done.get(seconds, TimeUnit.SECONDS);
        }
    }

    /** Sends {@code count} messages, about one every 10 ms: traffic that goes on while the test acts. */
    private static void paced(Member sender, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            sender.say(i);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }

    private static void assertIncreasing(Member member) {
        List<Long> seqs = member.seqs();
        for (int i = 1; i < seqs.size(); i++) {
            assertTrue(seqs.get(i) > seqs.get(i - 1), member.name + " got event numbers out of order: " + seqs);
        }
    }

    private static String strip(String token) {
        return token.substring(1, token.length() - 1);
    }
}
