package org.chatroom.log.redis.tests;

import org.chatroom.testing.RedisServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.chatroom.api.log.EventDraft;
import org.chatroom.api.log.EventKind;
import org.chatroom.api.log.Retention;
import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.log.RoomLog;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.api.log.RoomStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.Response;

/** The Redis room log against a real redis-server: order, two nodes, resume, retention, settings, search. */
class RedisRoomLogTest {

    @RegisterExtension
    static final SharedRedis redis = new SharedRedis();

    static EventDraft message(String name, String text) {
        return new EventDraft(Instant.now(), EventKind.MESSAGE, name, text);
    }

    /**
     * Appends a message until it is accepted, at most 10 s, while the refusals are ones {@code passing} expects to
     * pass (Redis still loading its AOF, the writer not yet having freed its places); any other refusal is thrown.
     */
    static void appendOnceAccepted(RoomStream stream, String name, String text, Predicate<RoomLogException> passing)
            throws RoomLogException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                stream.append(message(name, text));
                return;
            } catch (RoomLogException e) {
                if (!passing.test(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
        }
    }

    @Test
    void appendsAreCommittedInOrderWithSequenceNumbersFromOne() throws Exception {
        Recorder heard = new Recorder();
        RoomStream room = redis.nodes().node("a").open("lobby", heard);
        Instant time = Instant.parse("2026-12-01T10:15:30.123456789Z");
        room.append(new EventDraft(time, EventKind.JOIN, "ada", ""));
        for (int i = 0; i < 99; i++) {
            room.append(message("ada", "line " + i));
        }
        List<RoomEvent> events = heard.await(100, 10);
        assertEquals(100, events.size());
        Recorder.assertGapFree(events);
        assertEquals(new RoomEvent("lobby", 1, time, EventKind.JOIN, "ada", ""), events.get(0));
        for (int i = 0; i < 99; i++) {
            assertEquals("line " + i, events.get(i + 1).text());
        }
        assertEquals(100, room.lastSequence());
        assertEquals(1, room.firstSequence());
        assertEquals(events.subList(40, 50), room.after(40, 10));
        assertEquals(events.subList(30, 40), room.before(41, 10));
        assertEquals(events.subList(95, 100), room.after(95, 10));
        assertEquals(List.of(), room.after(100, 10));
        assertEquals(List.of(), room.before(1, 10));
    }

    @Test
    void twoNodesAppendingConcurrentlyToOneRoomHearOneOrderWithoutGap() throws Exception {
        Recorder heardOnA = new Recorder();
        Recorder heardOnB = new Recorder();
        RoomStream onA = redis.nodes().node("a").open("topics", heardOnA);
        RoomStream onB = redis.nodes().node("b").open("topics", heardOnB);
        int perSender = 500;
        ExecutorService senders = Executors.newFixedThreadPool(4);
        List<Future<?>> sent = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            RoomStream stream = s % 2 == 0 ? onA : onB;
            String name = "sender" + s;
            sent.add(senders.submit(() -> {
                for (int i = 0; i < perSender; i++) {
                    stream.append(message(name, Integer.toString(i)));
                }
                return null;
            }));
        }
        for (Future<?> f : sent) {
            f.get(60, TimeUnit.SECONDS);
        }
        senders.shutdown();
        List<RoomEvent> onNodeA = heardOnA.await(4 * perSender, 20);
        List<RoomEvent> onNodeB = heardOnB.await(4 * perSender, 20);
        assertEquals(onNodeA, onNodeB);
        assertEquals(4 * perSender, onNodeA.size());
        Recorder.assertGapFree(onNodeA);
        for (int s = 0; s < 4; s++) {
            String name = "sender" + s;
            List<String> texts = onNodeA.stream().filter(e -> e.name().equals(name)).map(RoomEvent::text).toList();
            assertEquals(java.util.stream.IntStream.range(0, perSender).mapToObj(Integer::toString).toList(), texts,
                    "each sender's events keep their order");
        }
    }

    @Test
    void aNodeThatOpensLaterResumesFromAnySequenceNumber() throws Exception {
        Recorder heard = new Recorder();
        RoomStream writer = redis.nodes().node("a").open("lobby", heard);
        for (int i = 0; i < 300; i++) {
            writer.append(message("ada", "m" + i));
        }
        List<RoomEvent> all = heard.await(300, 10);
        Recorder later = new Recorder();
        RoomStream reader = redis.nodes().node("b").open("lobby", later);
        assertEquals(300, reader.lastSequence());
        for (long seen : new long[] {0, 1, 17, 150, 299, 300}) {
            List<RoomEvent> missed = new ArrayList<>();
            for (List<RoomEvent> page = reader.after(seen, 64); !page.isEmpty();
                    page = reader.after(page.get(page.size() - 1).seq(), 64)) {
                missed.addAll(page);
            }
            assertEquals(all.subList((int) seen, 300), missed, "resume after " + seen);
        }
        writer.append(message("ada", "live"));
        List<RoomEvent> live = later.await(1, 10);
        assertEquals(List.of(new RoomEvent("lobby", 301, live.get(0).time(), EventKind.MESSAGE, "ada", "live")),
                live, "the later node hears only what is committed after it opened");
    }

    @Test
    void retentionByCountKeepsTheNewestAndNumbersGoOn() throws Exception {
        Recorder heard = new Recorder();
        RoomStream room = redis.nodes().node("a").open("lobby", heard);
        for (int i = 0; i < 50; i++) {
            room.append(message("ada", "m" + i));
        }
        heard.await(50, 10);
        room.retention(new Retention(10, Duration.ZERO));
        assertEquals(41, room.firstSequence());
        assertEquals(10, room.after(0, 100).size());
        for (int i = 50; i < 60; i++) {
            room.append(message("ada", "m" + i));
        }
        List<RoomEvent> events = heard.await(60, 10);
        Recorder.assertGapFree(events);
        assertEquals(events.subList(50, 60), room.after(0, 100));
        assertEquals(51, room.firstSequence());
        assertEquals(60, room.lastSequence());
    }

    @Test
    void retentionByAgeTrimsOlderEventsButKeepsTheNewest() throws Exception {
        Recorder heard = new Recorder();
        RoomStream room = redis.nodes().node("a").open("lobby", heard);
        Instant old = Instant.now().minus(3, ChronoUnit.HOURS);
        for (int i = 0; i < 20; i++) {
            room.append(new EventDraft(old, EventKind.MESSAGE, "ada", "old " + i));
        }
        heard.await(20, 10); // retention trims only what the node has read
        room.retention(new Retention(0, Duration.ofHours(1)));
        List<RoomEvent> kept = room.after(0, 100);
        assertEquals(1, kept.size(), "only the newest, old as it is");
        assertEquals(20, kept.get(0).seq());
        for (int i = 0; i < 5; i++) {
            room.append(message("ada", "new " + i));
        }
        heard.await(25, 10);
        assertEquals(List.of("new 0", "new 1", "new 2", "new 3", "new 4"),
                room.after(0, 100).stream().map(RoomEvent::text).toList());
        assertEquals(21, room.firstSequence());
    }

    @Test
    void configuredRetentionAppliesToRoomsWithoutTheirOwn() throws Exception {
        Recorder heard = new Recorder();
        RoomStream room = redis.nodes().node("a", Map.of("retention.max.events", 5L)).open("lobby", heard);
        for (int i = 0; i < 12; i++) {
            room.append(message("ada", "m" + i));
        }
        heard.await(12, 10);
        assertEquals(8, room.firstSequence());
        assertEquals(5, room.after(0, 100).size());
    }

    @Test
    void aBurstLargerThanTheRetentionReachesASlowNodeWhole() throws Exception {
        Recorder fast = new Recorder();
        Recorder slow = new Recorder() {
            @Override
            public void committed(RoomEvent event) {
                try {
                    Thread.sleep(20); // a node busy delivering while the burst is trimmed behind it
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                super.committed(event);
            }
        };
        RoomStream room = redis.nodes().node("a", Map.of("retention.max.events", 5L)).open("lobby", fast);
        redis.nodes().node("b", Map.of("retention.max.events", 5L)).open("lobby", slow);
        for (int i = 0; i < 60; i++) {
            room.append(message("ada", "m" + i));
        }
        Recorder.assertGapFree(slow.await(60, 20));
        Recorder.assertGapFree(fast.await(60, 10));
        room.append(message("ada", "after"));
        slow.await(61, 10);
        assertEquals(57, room.firstSequence(), "once both nodes read it, the retention holds again");
        assertEquals(5, room.after(0, 100).size());
    }

    @Test
    void aNodeThatClosesTheRoomNoLongerHoldsBackTrimming() throws Exception {
        Recorder heard = new Recorder();
        RoomStream room = redis.nodes().node("a", Map.of("retention.max.events", 3L)).open("lobby", heard);
        RoomStream other = redis.nodes().node("b", Map.of("retention.max.events", 3L)).open("lobby", event -> { });
        other.close();
        for (int i = 0; i < 10; i++) {
            room.append(message("ada", "m" + i));
        }
        heard.await(10, 10);
        room.append(message("ada", "last"));
        heard.await(11, 10);
        assertEquals(9, room.firstSequence());
    }

    /**
     * Rooms closed while their node's follower renews its read positions (every 100 ms here) leave no position behind:
     * a renewal in flight wrote positions back after the close, which held back trimming until they expired.
     */
    @Test
    void roomsClosedWhileTheirNodeRenewsItsPositionsLeaveNoneBehind() throws Exception {
        RoomLog node = redis.nodes().node("b", Map.of("block.millis", 100, "node.expiry.millis", 300,
                "heartbeat.millis", 100));
        for (int round = 0; round < 10; round++) {
            List<RoomStream> streams = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                streams.add(node.open("room" + i, event -> { }));
            }
            Thread.sleep(150); // their positions are due for renewal: the follower's next round renews them
            streams.forEach(RoomStream::close);
            // a position written back stays for its expiry (300 ms), longer than this check takes
            assertEquals(0, readers(IntStream.range(0, 300).mapToObj(i -> "room" + i).toList()), "round " + round);
        }
    }

    /** How many read positions the rooms hold. */
    private static long readers(List<String> rooms) {
        try (Jedis admin = redis.admin(); Pipeline pipeline = admin.pipelined()) {
            List<Response<Long>> counts = rooms.stream()
                    .map(room -> pipeline.hlen(redis.nodes().prefix() + "{" + room + "}:readers")).toList();
            pipeline.sync();
            return counts.stream().mapToLong(Response::get).sum();
        }
    }

    @Test
    void settingsWrittenAsOfAnEventKeepTheNewestEventsWhicheverNodeWritesLast() throws Exception {
        RoomStream onA = redis.nodes().node("a").open("topics", event -> { });
        RoomStream onB = redis.nodes().node("b").open("topics", event -> { });
        Map<String, String> newer = new HashMap<>(Map.of("topic", "newer", "topic.setter", "bob"));
        assertTrue(onB.settingsAt("topic.seq", 7, newer));
        assertFalse(onA.settingsAt("topic.seq", 5, Map.of("topic", "older", "topic.setter", "ada")));
        assertFalse(onA.settingsAt("topic.seq", 7, Map.of("topic", "same event again")));
        assertEquals(Map.of("topic", "newer", "topic.setter", "bob", "topic.seq", "7"), onA.settings());
        Map<String, String> cleared = new HashMap<>();
        cleared.put("topic", null);
        cleared.put("topic.setter", "");
        assertTrue(onA.settingsAt("topic.seq", 9, cleared));
        assertEquals(Map.of("topic.seq", "9"), onB.settings());
    }

    @Test
    void settingsRoomsAndDeleteAreSharedByTheNodes() throws Exception {
        RoomLog a = redis.nodes().node("a");
        RoomLog b = redis.nodes().node("b");
        RoomStream lobby = a.open("lobby", event -> { });
        RoomStream onB = b.open("lobby", event -> { });
        Recorder heardInOther = new Recorder();
        RoomStream other = a.open("{odd:name}", heardInOther);
        lobby.setting("topic", "Welcome");
        lobby.setting("password.hash", "abc");
        lobby.setting("password.hash", null);
        assertEquals(Map.of("topic", "Welcome"), onB.settings());
        assertEquals(Set.of("lobby", "{odd:name}"), b.rooms());
        other.append(message("ada", "hi"));
        heardInOther.await(1, 10); // appends are queued: committed once the listener has them
        assertEquals(1, b.usage().events().get("{odd:name}"));
        assertThrows(IllegalStateException.class, () -> a.open("lobby", event -> { }));
        lobby.delete();
        assertEquals(Set.of("{odd:name}"), b.rooms());
        assertEquals(Map.of(), onB.settings());
        assertThrows(RoomLogException.class, () -> lobby.append(message("ada", "after delete")));
        a.open("lobby", event -> { }).close();
    }

    @Test
    void searchFindsMessagesWithAllWordsNewestFirstWithinTheScanLimit() throws Exception {
        Recorder heard = new Recorder();
        RoomStream room = redis.nodes().node("a", Map.of("search.scan.events", 100)).open("lobby", heard);
        room.append(message("ada", "The Redis stream keeps order"));
        room.append(new EventDraft(Instant.now(), EventKind.TOPIC, "ada", "redis order topic"));
        room.append(new EventDraft(Instant.now(), EventKind.ACTION, "bob", "likes ORDER in redis"));
        room.append(message("bob", "redis only"));
        heard.await(4, 10); // appends are queued: committed once the listener has them
        List<String> found = room.search("order  redis", 10).stream().map(RoomEvent::text).toList();
        assertEquals(List.of("likes ORDER in redis", "The Redis stream keeps order"), found);
        assertEquals(1, room.search("redis order", 1).size());
        for (int i = 0; i < 150; i++) {
            room.append(message("ada", "filler " + i));
        }
        heard.await(154, 10);
        assertEquals(List.of(), room.search("redis order", 10), "beyond the scan limit of 100 newest events");
        assertEquals(List.of(), room.search("   ", 10));
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageNamingTheCredentialsNotThePassword() throws Exception {
        Path wrong = redis.folder().resolve("wrong-password");
        Files.writeString(wrong, "not-" + RedisServer.PASSWORD + "\n");
        RoomLog node = redis.nodes().node("a", Map.of("password.file", wrong.toString()));
        RoomLogException refused = assertThrows(RoomLogException.class, () -> node.open("lobby", event -> { }));
        assertTrue(refused.getMessage().contains("refused this server's credentials"), refused.getMessage());
        assertFalse(refused.getMessage().contains(RedisServer.PASSWORD), refused.getMessage());
        assertEquals(Set.of(), redis.nodes().node("b").rooms(), "nothing was written");
    }
}
