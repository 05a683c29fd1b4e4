package org.chatroom.log.redis.tests;

import org.chatroom.testing.RedisServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.log.RoomLog;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.api.log.RoomStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Redis going away under the log: appends are refused with a clear message while it is gone, and the followers of
 * every node resume by themselves when it is back, delivering what they missed in order, nothing twice; with the
 * AOF on, a crash of Redis loses nothing it acknowledged.
 */
class RedisOutageTest {

    private static final String UNREACHABLE = "cannot be reached";

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
        RoomLogException refused = assertThrows(RoomLogException.class,
                () -> onA.append(RedisRoomLogTest.message("ada", "while down")));
        assertTrue(refused.getMessage().contains(UNREACHABLE), refused.getMessage());
        RoomLogException notOpened = assertThrows(RoomLogException.class, () -> a.open("other", event -> { }));
        assertTrue(notOpened.getMessage().contains(UNREACHABLE), notOpened.getMessage());
        assertEquals(1, onA.lastSequence(), "the last delivered one while Redis is away");

        redis.restart();
        // meanwhile the other node appended before this one noticed anything: both hear it
        appendOnceAccepted(onB, "after");
        onA.append(RedisRoomLogTest.message("ada", "again"));
        List<RoomEvent> onNodeA = heardOnA.await(3, 20);
        List<RoomEvent> onNodeB = heardOnB.await(3, 20);
        assertEquals(List.of("before", "after", "again"), onNodeA.stream().map(RoomEvent::text).toList());
        assertEquals(onNodeA, onNodeB);
        Recorder.assertGapFree(onNodeA);
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
        long committed = onB.lastSequence();
        assertTrue(committed >= total, committed + " committed, " + total + " acknowledged");
        List<RoomEvent> onNodeA = heardOnA.await((int) committed, 30);
        List<RoomEvent> onNodeB = heardOnB.await((int) committed, 30);
        assertEquals(onNodeA, onNodeB, "one order on both nodes");
        Recorder.assertGapFree(onNodeA);
        Set<String> delivered = new HashSet<>();
        onNodeA.forEach(event -> assertTrue(delivered.add(event.text()), "delivered twice: " + event));
        assertTrue(delivered.containsAll(acknowledged), "every acknowledged append survived the crash");
        assertTrue(refusals.stream().allMatch(m -> m.contains(UNREACHABLE)), refusals.toString());
        // what Redis has after the crash is what the followers delivered
        assertEquals(onNodeA, onA.after(0, onNodeA.size() + 1));
    }

    /** Appends until one append is accepted (Redis may still be loading its AOF), at most 10 s. */
    private static void appendOnceAccepted(RoomStream stream, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                stream.append(RedisRoomLogTest.message("bob", text));
                return;
            } catch (RoomLogException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.onSpinWait();
            }
        }
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
