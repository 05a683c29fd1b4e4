package org.chatroom.log.sqlite.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.chatroom.api.log.EventDraft;
import org.chatroom.api.log.EventKind;
import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.log.RoomStream;
import org.chatroom.log.sqlite.internal.store.LogStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Full-text search: every word must occur, messages, actions and notices only, newest first, bounded, operators inert.
 */
class SearchTest {

    @TempDir
    Path folder;

    @Test
    void searchFindsWhatMembersSaidWithAllWordsNewestFirst() throws Exception {
        try (LogStore store = new Stores().open(folder)) {
            Recorder heard = new Recorder();
            RoomStream room = store.open("search", heard);
            RoomStream other = store.open("other", new Recorder());
            other.append(Stores.message("bob", "the quick brown fox in another room"));
            append(room, EventKind.MESSAGE, "the quick brown fox");
            append(room, EventKind.TOPIC, "quick brown topics are not messages");
            append(room, EventKind.ACTION, "jumps over the QUICK brown dog");
            append(room, EventKind.MESSAGE, "quick, but not the colour");
            append(room, EventKind.MESSAGE, "Ünïcode café QUICK Brown");
            append(room, EventKind.MESSAGE, "AND OR NOT \"quoted\" * NEAR(x y) col:umn");
            append(room, EventKind.JOIN, "");
            append(room, EventKind.NOTICE, "a quick notice from the brown bot");
            heard.await(8);

            assertEquals(List.of(8L, 5L, 3L, 1L), seqs(room.search("quick brown", 10)), "notices are said too");
            assertEquals(List.of(8L, 5L), seqs(room.search("quick brown", 2)), "bounded: the newest first");
            assertEquals(List.of(5L), seqs(room.search("cafe", 10)), "diacritics folded");
            assertEquals(List.of(6L), seqs(room.search("AND \"quoted\" *", 10)), "operators are only words");
            assertEquals(List.of(6L), seqs(room.search("col:umn NEAR(x", 10)));
            assertEquals(List.of(), room.search("   ", 10));
            assertEquals(List.of(), room.search("* \" :", 10));
            assertEquals(List.of(), room.search("fox room", 10), "other rooms are not searched");
        }
    }

    private static void append(RoomStream room, EventKind kind, String text) throws Exception {
        room.append(new EventDraft(Instant.now(), kind, "ada", text));
    }

    private static List<Long> seqs(List<RoomEvent> events) {
        return events.stream().map(RoomEvent::seq).toList();
    }
}
