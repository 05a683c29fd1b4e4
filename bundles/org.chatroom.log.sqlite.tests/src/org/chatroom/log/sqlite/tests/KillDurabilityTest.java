package org.chatroom.log.sqlite.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;

import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.log.RoomStream;
import org.chatroom.log.sqlite.internal.store.LogStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guarantee the room builds on: an event a listener heard is committed. A child process appends without end
 * and prints every number its listener hears; it is killed with SIGKILL mid-stream, three times on the same folder;
 * each time, every number it printed is in the reopened log, with no gap and no duplicate. Also with each commit not
 * synced to the disk ({@code synchronous=NORMAL}): a commit is then in the operating system's cache, which outlives
 * the process (not the machine).
 */
class KillDurabilityTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = { "append", "append-unsynced" })
    void everyEventHeardBeforeKillMinus9IsInTheLogAfterwards(String mode) throws Exception {
        long printedBefore = 0;
        for (int round = 1; round <= 3; round++) {
            long lastPrinted = 0;
            try (ChildProcess child = new ChildProcess(mode, folder)) {
                long target = printedBefore + 3000;
                while (lastPrinted < target) {
                    String line = child.readLine();
                    assertNotNull(line, "the child ended early (round " + round + "): " + child);
                    long seq = Long.parseLong(line.strip());
                    assertEquals(lastPrinted == 0 ? printedBefore + 1 : lastPrinted + 1, seq,
                            "heard in order, continuing the numbers of the previous run");
                    lastPrinted = seq;
                }
                child.kill();
            }
            try (LogStore store = new Stores().open(folder)) {
                RoomStream room = store.open("crash", new Recorder());
                long last = room.lastSequence();
                assertTrue(last >= lastPrinted, "round " + round + ": printed " + lastPrinted + ", kept " + last);
                List<RoomEvent> kept = room.after(0, (int) last + 10);
                assertEquals(LongStream.rangeClosed(1, last).boxed().toList(),
                        kept.stream().map(RoomEvent::seq).toList(), "no gap, no duplicate");
                assertTrue(kept.stream().allMatch(e -> e.text().startsWith("message ")));
                printedBefore = last;
            }
        }
    }
}
