package org.chatroom.testing.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the threads of a process wait in, from {@code /proc/PID/task/TID/syscall} (Linux): the number of the system
 * call a blocked thread is in, or {@code running}.
 */
public final class WaitingThreads {

    /** recvfrom, accept and accept4, by {@code os.arch}. */
    private static final Map<String, Set<String>> WAITING_FOR_INPUT = Map.of(
            "amd64", Set.of("45", "43", "288"),
            "x86_64", Set.of("45", "43", "288"),
            "aarch64", Set.of("207", "202", "242"));

    private WaitingThreads() {
    }

    /**
     * The system call of each thread of {@code pid} but its main one (whose id is the process's), by thread id.
     *
     * @throws IOException when the process is gone
     */
    public static Map<Long, String> of(long pid) throws IOException {
        Map<Long, String> calls = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                long tid = Long.parseLong(task.getFileName().toString());
                if (tid == pid) {
                    continue;
                }
                try {
                    calls.put(tid, Files.readString(task.resolve("syscall")).split(" ", 2)[0].strip());
                } catch (IOException e) {
                    calls.put(tid, "gone"); // the thread ended meanwhile
                }
            }
        }
        return calls;
    }

    /** Whether every thread in {@code calls} waits for a connection or for bytes to read. */
    public static boolean allWaitingForInput(Map<Long, String> calls) {
        Set<String> waiting = WAITING_FOR_INPUT.get(System.getProperty("os.arch"));
        if (waiting == null) {
            throw new UnsupportedOperationException("no system call numbers for " + System.getProperty("os.arch"));
        }
        return calls.values().stream().allMatch(waiting::contains);
    }
}
