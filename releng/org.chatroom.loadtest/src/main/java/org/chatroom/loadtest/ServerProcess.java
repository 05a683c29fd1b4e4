package org.chatroom.loadtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongUnaryOperator;

/**
 * The measured servers' processes, read from {@code /proc} (Linux): their CPU time (user + system, all threads) and
 * their resident memory, each summed over the processes (one per node of a cluster), so that CPU per delivery covers
 * exactly the steady window, not the joins before it.
 */
final class ServerProcess {

    /** Linux reports CPU times in clock ticks of 1/100 s (USER_HZ) on every architecture the JDK runs on. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final List<Long> pids;

    ServerProcess(List<Long> pids) {
        this.pids = List.copyOf(pids);
    }

    /** CPU time so far (user + system) of all the processes, or -1 when one of them cannot be read. */
    long cpuNanos() {
        return sum(ServerProcess::cpuNanos);
    }

    /** Resident memory of all the processes now, or -1 when one of them cannot be read. */
    long residentBytes() {
        return sum(ServerProcess::residentBytes);
    }

    private long sum(LongUnaryOperator perProcess) {
        long sum = 0;
        for (long pid : pids) {
            long one = perProcess.applyAsLong(pid);
            if (one < 0) {
                return -1;
            }
            sum += one;
        }
        return sum;
    }

    private static long cpuNanos(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name (field 2) may hold spaces and parentheses: count fields after its last ')'
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long residentBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
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
