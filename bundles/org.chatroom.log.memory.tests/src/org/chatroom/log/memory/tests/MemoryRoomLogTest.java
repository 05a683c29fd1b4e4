package org.chatroom.log.memory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chatroom.api.log.EventDraft;
import org.chatroom.api.log.EventKind;
import org.chatroom.api.log.Retention;
import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.log.RoomLog;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.api.log.RoomStream;
import org.chatroom.log.memory.internal.MemoryLogConfig;
import org.chatroom.log.memory.internal.MemoryRoomLog;
import org.chatroom.testing.ConfigurationMetatype;
import org.chatroom.testing.Services;
import org.junit.jupiter.api.Test;

/** The memory backend keeps the {@link RoomLog} contract: commit at once, in order, the newest events kept. */
class MemoryRoomLogTest {

    private static EventDraft say(String text) {
        return new EventDraft(Instant.now(), EventKind.MESSAGE, "alice", text);
    }

    private static List<Long> seqs(List<RoomEvent> events) {
        return events.stream().map(RoomEvent::seq).toList();
    }

    @Test
    void registeredByDeclarativeServicesAsTheMemoryBackend() throws Exception {
        RoomLog log = Services.get(RoomLog.class, "(" + RoomLog.TYPE + "=memory)");
        try (RoomStream stream = log.open("wiring-check", event -> { })) {
            stream.append(say("hi"));
            assertEquals(1, stream.lastSequence());
        }
        assertEquals(List.of(), ConfigurationMetatype.differences(MemoryLogConfig.class, MemoryRoomLog.PID, Set.of()));
    }

    @Test
    void everyAppendIsCommittedAtOnceInOrder() throws Exception {
        List<RoomEvent> heard = new ArrayList<>();
        RoomStream stream = new MemoryRoomLog(100).open("general", heard::add);
        for (int i = 1; i <= 5; i++) {
            stream.append(say("m" + i));
            assertEquals(i, heard.size(), "the listener hears an event before append returns");
        }
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), seqs(heard));
        assertEquals("general", heard.get(0).room());
        assertEquals(5, stream.lastSequence());
        assertEquals(1, stream.firstSequence());
    }

    @Test
    void keepsTheNewestEventsForHistoryAndScrollBack() throws Exception {
        RoomStream stream = new MemoryRoomLog(10).open("general", event -> { });
        assertEquals(1, stream.firstSequence(), "an empty room's first sequence is last + 1");
        for (int i = 1; i <= 25; i++) {
            stream.append(say("m" + i));
        }
        assertEquals(16, stream.firstSequence());
        assertEquals(List.of(23L, 24L, 25L), seqs(stream.after(22, 50)));
        assertEquals(List.of(16L, 17L, 18L), seqs(stream.after(0, 3)), "what was dropped is not invented");
        assertEquals(List.of(18L, 19L, 20L), seqs(stream.before(21, 3)));
        assertEquals(List.of(16L, 17L), seqs(stream.before(18, 50)));
        assertEquals(List.of(), stream.after(25, 10));
        assertThrows(IllegalArgumentException.class, () -> stream.after(0, 0));
    }

    @Test
    void searchFindsMessagesWithAllWordsNewestFirst() throws Exception {
        RoomStream stream = new MemoryRoomLog(100).open("general", event -> { });
        stream.append(say("Friday release is late"));
        stream.append(new EventDraft(Instant.now(), EventKind.TOPIC, "bob", "release friday"));
        stream.append(say("the RELEASE is on friday"));
        stream.append(say("friday lunch"));
        stream.append(new EventDraft(Instant.now(), EventKind.NOTICE, "bot", "release built on friday"));
        assertEquals(List.of(5L, 3L, 1L), seqs(stream.search("friday release", 10)), "notices are said too");
        assertEquals(List.of(4L), seqs(stream.search("lunch", 10)));
        assertEquals(List.of(5L), seqs(stream.search("friday", 1)));
    }

    @Test
    void retentionByCountAndAgeKeepsTheNewest() throws Exception {
        RoomStream stream = new MemoryRoomLog(100).open("general", event -> { });
        Instant old = Instant.now().minus(Duration.ofHours(2));
        for (int i = 0; i < 5; i++) {
            stream.append(new EventDraft(old, EventKind.MESSAGE, "alice", "old"));
        }
        for (int i = 0; i < 5; i++) {
            stream.append(say("new"));
        }
        stream.retention(new Retention(8, Duration.ZERO));
        assertEquals(3, stream.firstSequence());
        stream.retention(new Retention(0, Duration.ofHours(1)));
        assertEquals(6, stream.firstSequence());
        stream.retention(new Retention(0, Duration.ofNanos(1)));
        assertEquals(10, stream.firstSequence(), "the newest event is always kept");
        stream.append(say("next"));
        assertEquals(11, stream.lastSequence());
    }

    @Test
    void roomsSettingsReopenAndDelete() throws Exception {
        MemoryRoomLog log = new MemoryRoomLog(100);
        RoomStream stream = log.open("general", event -> { });
        assertThrows(IllegalStateException.class, () -> log.open("general", event -> { }));
        stream.append(say("one"));
        stream.setting("topic", "Friday");
        stream.close();
        assertThrows(RoomLogException.class, () -> stream.append(say("after close")));
        assertEquals(Set.of("general"), log.rooms());

        List<RoomEvent> heard = new ArrayList<>();
        RoomStream again = log.open("general", heard::add);
        assertEquals(Map.of("topic", "Friday"), again.settings());
        again.append(say("two"));
        assertEquals(List.of(2L), seqs(heard), "numbers continue when a room is reopened");
        assertEquals(Map.of("general", 2L), log.usage().events());
        assertTrue(log.usage().bytes() > 0);
        again.delete();
        assertEquals(Set.of(), log.rooms());
        assertEquals(0, log.open("general", event -> { }).lastSequence());
    }
}
