package org.chatroom.log.sqlite.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.chatroom.api.log.EventDraft;
import org.chatroom.api.log.EventKind;
import org.chatroom.api.log.LogUsage;
import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.log.RoomStream;
import org.chatroom.log.sqlite.internal.store.LogStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Appends are committed in order, heard in order from the writer thread, read back exactly, room by room. */
class AppendAndReadTest {

    @TempDir
    Path folder;
    private final Stores stores = new Stores();

    @Test
    void eventsAreNumberedHeardAndReadBackInAppendOrder() throws Exception {
        try (LogStore store = stores.open(folder)) {
            Recorder heard = new Recorder();
            RoomStream room = store.open("lobby", heard);
            List<EventDraft> drafts = new ArrayList<>();
            EventKind[] kinds = EventKind.values();
            for (int i = 0; i < 2000; i++) {
                EventDraft draft = new EventDraft(Instant.ofEpochSecond(1_700_000_000L + i, i * 7919),
                        kinds[i % kinds.length], "member" + i % 5, i % 11 == 0 ? "" : "text " + i + " ü€😀");
                drafts.add(draft);
                room.append(draft);
            }
            List<RoomEvent> events = heard.await(2000);
            for (int i = 0; i < 2000; i++) {
                assertEquals(drafts.get(i).committed("lobby", i + 1), events.get(i));
            }
            assertTrue(heard.threads().stream().allMatch(t -> t.startsWith("room log listeners")), heard.threads()
                    .get(0));
            assertEquals(2000, room.lastSequence());
            assertEquals(1, room.firstSequence());
            assertEquals(events.subList(0, 500), room.after(0, 500));
            assertEquals(events.subList(1500, 2000), room.after(1500, 1000));
            assertEquals(List.of(), room.after(2000, 10));
            assertEquals(events.subList(990, 1000), room.before(1001, 10), "a page of scroll-back, oldest first");
            assertEquals(events.subList(0, 3), room.before(4, 10));
            assertThrows(IllegalArgumentException.class, () -> room.after(0, 0));
            assertEquals(List.of(), stores.problems);
        }
    }

    @Test
    void appendsFromManyThreadsKeepEachThreadsOrderAndNumberWithoutGaps() throws Exception {
        try (LogStore store = stores.open(folder)) {
            Recorder heard = new Recorder();
            RoomStream room = store.open("busy", heard);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> senders = new ArrayList<>();
            for (int s = 0; s < 8; s++) {
                String name = "sender" + s;
                senders.add(pool.submit(() -> {
                    for (int i = 0; i < 1000; i++) {
                        room.append(Stores.message(name, Integer.toString(i)));
                    }
                    return null;
                }));
            }
            for (Future<?> sender : senders) {
                sender.get();
            }
            pool.shutdown();
            List<RoomEvent> events = heard.await(8000);
            assertEquals(IntStream.rangeClosed(1, 8000).boxed().toList(),
                    events.stream().map(e -> (int) e.seq()).toList(), "numbers 1..8000 heard in order");
            for (int s = 0; s < 8; s++) {
                String name = "sender" + s;
                assertEquals(IntStream.range(0, 1000).mapToObj(Integer::toString).toList(),
                        events.stream().filter(e -> e.name().equals(name)).map(RoomEvent::text).toList());
            }
            assertEquals(events, room.after(0, 10_000));
        }
    }

    @Test
    void roomsAreSeparateAndAListedAndCounted() throws Exception {
        try (LogStore store = stores.open(folder)) {
            Recorder a = new Recorder();
            Recorder b = new Recorder();
            RoomStream first = store.open("alpha", a);
            RoomStream second = store.open("beta", b);
            for (int i = 0; i < 30; i++) {
                (i % 3 == 0 ? second : first).append(Stores.message("ada", "hello " + i));
            }
            assertEquals(20, a.await(20).size());
            assertEquals(10, b.await(10).size());
            assertTrue(a.events().stream().allMatch(e -> e.room().equals("alpha")));
            assertEquals(List.of(1L, 2L, 3L), b.events().subList(0, 3).stream().map(RoomEvent::seq).toList());
            assertEquals(10, second.after(0, 100).size());
            assertEquals(List.of(), second.search("hello 1", 10).stream()
                    .filter(e -> !e.room().equals("beta")).toList());
            assertEquals(java.util.Set.of("alpha", "beta"), store.rooms());
            LogUsage usage = store.usage();
            assertEquals(Map.of("alpha", 20L, "beta", 10L), usage.events());
            assertTrue(usage.bytes() > 0 && usage.location().endsWith(LogStore.FILE), usage.toString());
            assertThrows(IllegalStateException.class, () -> store.open("alpha", new Recorder()),
                    "a room is open once per process");
        }
    }

    @Test
    void settingsAreKeptAndDeleteForgetsTheRoom() throws Exception {
        try (LogStore store = stores.open(folder)) {
            RoomStream room = store.open("gone", new Recorder());
            room.setting("topic", "rust");
            room.setting("topic", "java");
            room.setting("mode", "m");
            room.setting("mode", null);
            assertEquals(Map.of("topic", "java"), room.settings());
            room.append(Stores.message("ada", "bye"));
            Stores.await("committed", () -> room.lastSequence() == 1);
            room.delete();
            assertFalse(store.rooms().contains("gone"));
            assertThrows(org.chatroom.api.log.RoomLogException.class, () -> room.append(Stores.message("a", "b")));
            RoomStream again = store.open("gone", new Recorder());
            assertEquals(0, again.lastSequence(), "a deleted room starts again from nothing");
            assertEquals(Map.of(), again.settings());
            assertEquals(List.of(), again.after(0, 10));
        }
    }

    @Test
    void aClosedStreamRefusesAppendsAndIsNoLongerHeard() throws Exception {
        try (LogStore store = stores.open(folder)) {
            Recorder heard = new Recorder();
            RoomStream room = store.open("quiet", heard);
            room.append(Stores.message("ada", "one"));
            heard.await(1);
            room.close();
            assertThrows(org.chatroom.api.log.RoomLogException.class, () -> room.append(Stores.message("a", "two")));
            Recorder again = new Recorder();
            RoomStream reopened = store.open("quiet", again);
            reopened.append(Stores.message("ada", "three"));
            assertEquals(2, again.await(1).get(0).seq());
            assertEquals(1, heard.events().size());
        }
    }
}
