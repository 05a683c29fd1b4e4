package org.chatroom.log.sqlite.tests;

import java.io.PrintStream;
import java.nio.file.Path;

import org.chatroom.api.log.RoomStream;
import org.chatroom.log.sqlite.internal.store.LogStore;
import org.chatroom.log.sqlite.internal.store.StoreSettings;

/**
 * A process of its own holding a store, started by the tests with plain {@code java}: {@code append FOLDER} appends
 * without end and prints the number of each event its listener hears (committed) on stdout ({@code append-unsynced
 * FOLDER}: the same with {@link StoreSettings#syncEachCommit} off); {@code hold FOLDER} opens the store, prints
 * {@code ready}, and keeps it until stdin ends.
 */
public final class ChildStore {

    private ChildStore() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        StoreSettings settings = StoreSettings.defaults(Path.of(args[1]))
                .withSyncEachCommit(!args[0].equals("append-unsynced"));
        try (LogStore store = LogStore.open(settings, new PrintedProblems())) {
            if (args[0].equals("hold")) {
                out.println("ready");
                out.flush();
                while (System.in.read() >= 0) {
                    // until the parent closes stdin
                }
                return;
            }
            RoomStream room = store.open("crash", event -> {
                out.println(event.seq());
                out.flush();
            });
            for (long i = 1;; i++) {
                try {
                    room.append(Stores.message("child", "message " + i));
                } catch (org.chatroom.api.log.RoomLogException overloaded) {
                    Thread.sleep(1); // pacing only: the queue is full
                }
            }
        }
    }
}
