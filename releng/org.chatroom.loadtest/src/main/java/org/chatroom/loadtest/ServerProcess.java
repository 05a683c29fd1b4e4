package org.chatroom.loadtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The measured server's process, read from {@code /proc} (Linux): its CPU time (user + system, all threads) and its
 * resident memory, so that CPU per delivery covers exactly the steady window, not the joins before it.
 */
final class ServerProcess {

    /** Linux reports CPU times in clock ticks of 1/100 s (USER_HZ) on every architecture the JDK runs on. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final Path stat;
    private final Path status;

    ServerProcess(long pid) {
        this.stat = Path.of("/proc", Long.toString(pid), "stat");
        this.status = Path.of("/proc", Long.toString(pid), "status");
    }

    /** CPU time so far (user + system), or -1 when the process cannot be read. */
    long cpuNanos() {
        try {
            String line = Files.readString(stat);
            // the command name (field 2) may hold spaces and parentheses: count fields after its last ')'
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Resident memory now, or -1. */
    long residentBytes() {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
            return -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
