package org.chatroom.log.redis.tests;

import org.chatroom.testing.RedisServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.log.RoomLog;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.api.log.RoomStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Redis going away under the log: appends are refused with a clear message once the node's writer found it gone
 * (what the writer had accepted before is kept and sent when Redis is back, once), and the followers of every node
 * resume by themselves, delivering what they missed in order, nothing twice; with the AOF on, a crash of Redis loses
 * nothing the writer accepted.
 */
class RedisOutageTest {

    private static final String UNREACHABLE = "cannot be reached";
    private static final String NOT_READY = "starting up or busy";
    /** The crash test's sender: an append every 50 us at most (the writer keeps up; the loop is bounded in time). */
    private static final long PACE_NANOS = 50_000;

    @TempDir
    Path folder;
    private RedisServer redis;
    private Nodes nodes;

    @BeforeEach
    void start() throws Exception {
        redis = RedisServer.start(folder);
        nodes = new Nodes(redis);
    }

    @AfterEach
    void stop() throws Exception {
        nodes.close();
        redis.close();
    }

    @Test
    void appendsRedisRefusesAfterTheWriterAcceptedThemAreRefusedToTheRoomAndNeverCommitted() throws Exception {
        Recorder heard = new Recorder();
        RoomStream stream = nodes.node("a").open("lobby", heard);
        stream.append(RedisRoomLogTest.message("ada", "before"));
        heard.await(1, 10);

        redis.cli("CONFIG", "SET", "maxmemory", "1"); // full, no eviction: Redis refuses the append script
        try {
            stream.append(RedisRoomLogTest.message("ada", "lost"));
            stream.append(RedisRoomLogTest.message("bob", "lost too"));
            String why = heard.awaitRefused(2, 20);
            assertTrue(why.contains("failed to store") && why.contains("OOM"), why);
        } finally {
            redis.cli("CONFIG", "SET", "maxmemory", "0");
        }
        stream.append(RedisRoomLogTest.message("ada", "after"));
        List<RoomEvent> events = heard.await(2, 10);
        assertEquals(List.of("before", "after"), events.stream().map(RoomEvent::text).toList());
        Recorder.assertGapFree(events);
    }

    @Test
    void redisDownRefusesAppendsClearlyAndTheLogRecoversByItself() throws Exception {
        Recorder heardOnA = new Recorder();
        Recorder heardOnB = new Recorder();
        RoomLog a = nodes.node("a");
        RoomStream onA = a.open("lobby", heardOnA);
        RoomStream onB = nodes.node("b").open("lobby", heardOnB);
        onA.append(RedisRoomLogTest.message("ada", "before"));
        heardOnA.await(1, 10);
        heardOnB.await(1, 10);

        redis.stop();
        List<String> accepted = new ArrayList<>();
        RoomLogException refused = appendUntilRefused(onA, accepted);
        assertTrue(refused.getMessage().contains(UNREACHABLE), refused.getMessage());
        RoomLogException notOpened = assertThrows(RoomLogException.class, () -> a.open("other", event -> { }));
        assertTrue(notOpened.getMessage().contains(UNREACHABLE), notOpened.getMessage());
        assertEquals(1, onA.lastSequence(), "the last delivered one while Redis is away");

        redis.restart();
        RedisRoomLogTest.appendOnceAccepted(onB, "bob", "after", refusal -> true); // Redis may still load its AOF
        RedisRoomLogTest.appendOnceAccepted(onA, "ada", "again", refusal -> true);
        int expected = 3 + accepted.size();
        List<RoomEvent> onNodeA = heardOnA.await(expected, 20);
        List<RoomEvent> onNodeB = heardOnB.await(expected, 20);
        assertEquals(expected, onNodeA.size(), "nothing twice: " + onNodeA);
        assertEquals(onNodeA, onNodeB);
        Recorder.assertGapFree(onNodeA);
        // what node A accepted while Redis went away arrives once, in the order of the appends, before "again"
        List<String> fromA = onNodeA.stream().filter(e -> e.name().equals("ada")).map(RoomEvent::text).toList();
        List<String> inOrder = new ArrayList<>(List.of("before"));
        inOrder.addAll(accepted);
        inOrder.add("again");
        assertEquals(inOrder, fromA);
    }

    /**
     * An outage is told by the log itself, once ("Lost the connection to Redis", through the OSGi log); the pool's
     * check of its idle connections, every second, had Jedis print a warning with a stack trace for each connection it
     * found broken, on stderr (slf4j-simple), about 25 lines each, on a headless server's console.
     */
    @Test
    void thePoolsCheckOfItsIdleConnectionsPrintsNothingWhileRedisIsAway() throws Exception {
        Recorder heard = new Recorder();
        RoomStream stream = nodes.node("a").open("lobby", heard);
        stream.append(RedisRoomLogTest.message("ada", "before"));
        heard.await(1, 10);
        PrintStream saved = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            redis.stop();
            Thread.sleep(3_000); // three runs of the check; an absence is only seen by waiting
        } finally {
            System.setErr(saved);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains("JedisConnectionException"), text);

        redis.restart();
        RedisRoomLogTest.appendOnceAccepted(stream, "ada", "after", refusal -> true);
        assertEquals(List.of("before", "after"), heard.await(2, 20).stream().map(RoomEvent::text).toList());
    }

    @Test
    void redisCrashMidTrafficLosesNothingAcknowledgedAndDuplicatesNothing() throws Exception {
        Recorder heardOnA = new Recorder();
        Recorder heardOnB = new Recorder();
        RoomStream onA = nodes.node("a").open("lobby", heardOnA);
        RoomStream onB = nodes.node("b").open("lobby", heardOnB);
        AtomicBoolean sending = new AtomicBoolean(true);
        List<String> acknowledged = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        CompletableFuture<Void> sender = CompletableFuture.runAsync(() -> {
            for (int i = 0; sending.get() && i < 1_000_000; i++) {
                String text = "m" + i;
                try {
                    onA.append(RedisRoomLogTest.message("ada", text));
                    synchronized (acknowledged) {
                        acknowledged.add(text);
                        acknowledged.notifyAll();
                    }
                } catch (RoomLogException e) {
                    synchronized (acknowledged) {
                        refusals.add(e.getMessage());
                    }
                }
                LockSupport.parkNanos(PACE_NANOS);
            }
        });
        awaitAcknowledged(acknowledged, 300);
        redis.kill();
        int beforeRestart = awaitRefusals(acknowledged, refusals);
        redis.restart();
        awaitAcknowledged(acknowledged, beforeRestart + 300);
        sending.set(false);
        sender.get(30, TimeUnit.SECONDS);

        int total = acknowledged.size();
        List<RoomEvent> onNodeA = heardOnA.await(total, 30);
        List<RoomEvent> onNodeB = heardOnB.await(total, 30);
        assertEquals(onNodeA, onNodeB, "one order on both nodes");
        Recorder.assertGapFree(onNodeA);
        Set<String> delivered = new HashSet<>();
        onNodeA.forEach(event -> assertTrue(delivered.add(event.text()), "delivered twice: " + event));
        assertEquals(acknowledged, onNodeA.stream().map(RoomEvent::text).toList(),
                "every accepted append survived the crash, once, in the order of the appends");
        assertEquals(total, onB.lastSequence(), "nothing but the accepted appends was logged");
        // while Redis is gone, and while the restarted one is still loading its AOF (it answers LOADING)
        assertTrue(refusals.stream().allMatch(m -> m.contains(UNREACHABLE) || m.contains(NOT_READY)),
                refusals.toString());
        // what Redis has after the crash is what the followers delivered
        assertEquals(onNodeA, onA.after(0, onNodeA.size() + 1));
    }

    @Test
    void aRedisBusyWithAScriptKeepsTheRoundItCouldNotTakeAndRefusesNewAppendsUntilItServesAgain() throws Exception {
        Recorder heard = new Recorder();
        RoomStream stream = nodes.node("a").open("lobby", heard);
        stream.append(RedisRoomLogTest.message("ada", "before"));
        heard.await(1, 10);

        redis.cli("CONFIG", "SET", "busy-reply-threshold", "20");
        CompletableFuture<Void> script = CompletableFuture.runAsync(() -> {
            try {
                redis.cli("EVAL", "while true do end", "0"); // runs until SCRIPT KILL; then "ERR ... killed"
            } catch (Exception e) {
                // the kill's error reply: expected
            }
        });
        List<String> accepted = new ArrayList<>();
        RoomLogException refused;
        try {
            awaitBusy();
            refused = appendUntilRefused(stream, accepted); // the first round the writer sends meets BUSY
        } finally {
            redis.cli("SCRIPT", "KILL");
            script.get(30, TimeUnit.SECONDS);
        }
        assertTrue(refused.getMessage().contains(NOT_READY), refused.getMessage());
        assertTrue(!accepted.isEmpty(), "the round that met the busy Redis");

        RedisRoomLogTest.appendOnceAccepted(stream, "ada", "after", refusal -> true);
        List<String> expected = new ArrayList<>(List.of("before"));
        expected.addAll(accepted);
        expected.add("after");
        List<RoomEvent> events = heard.await(expected.size(), 20);
        assertEquals(expected, events.stream().map(RoomEvent::text).toList(), "kept, sent again once, in order");
        Recorder.assertGapFree(events);
        assertEquals(List.of(), heard.refused(), "nothing accepted was refused afterwards");
    }

    /** Waits (bounded) until Redis answers BUSY: the script runs past the busy reply threshold. */
    private void awaitBusy() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!redis.cli("PING").startsWith("BUSY")) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Redis did not get busy with the script within 10 s");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }

    /**
     * Appends until an append is refused (the node's writer found Redis gone), at most 10 s; adds the texts accepted
     * before to {@code accepted}.
     */
    private static RoomLogException appendUntilRefused(RoomStream stream, List<String> accepted) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (int i = 0; System.nanoTime() < deadline; i++) {
            String text = "while down " + i;
            try {
                stream.append(RedisRoomLogTest.message("ada", text));
                accepted.add(text);
            } catch (RoomLogException e) {
                return e;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1)); // a sender's pace, not a wait for something
        }
        throw new AssertionError("no append was refused within 10 s of Redis going away");
    }

    private static void awaitAcknowledged(List<String> acknowledged, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        synchronized (acknowledged) {
            long left;
            while (acknowledged.size() < count && (left = deadline - System.nanoTime()) > 0) {
                TimeUnit.NANOSECONDS.timedWait(acknowledged, left);
            }
            assertTrue(acknowledged.size() >= count, acknowledged.size() + " of " + count + " acknowledged");
        }
    }

    /** Waits (bounded) until the sender saw appends refused; returns how many were acknowledged by then. */
    private static int awaitRefusals(List<String> acknowledged, List<String> refusals) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            synchronized (acknowledged) {
                if (refusals.size() >= 3) {
                    return acknowledged.size();
                }
                acknowledged.wait(10);
            }
        }
        throw new AssertionError("no append was refused while Redis was down");
    }
}
