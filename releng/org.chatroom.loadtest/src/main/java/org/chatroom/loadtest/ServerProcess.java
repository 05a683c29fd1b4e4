package org.chatroom.loadtest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The measured servers' processes, read from {@code /proc} (Linux): their CPU time (user + system, all threads),
 * how much of it a JVM's JIT compiler threads used, and their resident memory, each summed over the processes (one
 * per node of a cluster), so that CPU per delivery covers exactly the steady window, not the joins before it.
 * <p>
 * The compilers' share tells a JVM server that is still compiling its hot paths (a fresh JVM, for tens of seconds
 * under load) from its steady state, and a JVM from a compiled server, which has none. It is counted per compiler
 * thread: between two readings, each thread alive at the second adds what it used since the first (all of it when
 * it started in between); a thread the JVM ended in between (it adds and removes compiler threads with the load)
 * adds nothing, so the share is a lower bound.
 */
final class ServerProcess {

    /** Linux reports CPU times in clock ticks of 1/100 s (USER_HZ) on every architecture the JDK runs on. */
    private static final long NANOS_PER_TICK = 10_000_000L;
    /** The names HotSpot gives its compiler threads, as {@code /proc} shows them (15 characters). */
    private static final List<String> COMPILER_THREADS = List.of("C1 CompilerThre", "C2 CompilerThre");

    /**
     * CPU time of the processes at one moment, or between two: all of it (-1 when unreadable), and the compiler
     * threads' by thread id ({@code null} when unreadable).
     */
    record Cpu(long totalNanos, Map<Long, Long> compilers) {

        static final Cpu UNKNOWN = new Cpu(-1, null);

        Cpu {
            compilers = compilers == null ? null : Map.copyOf(compilers);
        }

        /**
         * The compiler threads' CPU time, or -1 when unknown; at most the whole. {@code /proc} gives each thread's and
         * the whole's time truncated to clock ticks, so over a short interval a part may gain a tick the whole does
         * not yet show (CI saw 10 ms of compiling in a whole of 0).
         */
        long compilerNanos() {
            if (compilers == null) {
                return -1;
            }
            long sum = compilers.values().stream().mapToLong(Long::longValue).sum();
            return totalNanos < 0 ? sum : Math.min(sum, totalNanos);
        }

        /** The CPU time from {@code earlier} to this reading; unknown when either is. */
        Cpu since(Cpu earlier) {
            if (totalNanos < 0 || earlier.totalNanos < 0) {
                return UNKNOWN;
            }
            Map<Long, Long> used = null;
            if (compilers != null && earlier.compilers != null) {
                used = new HashMap<>();
                for (Map.Entry<Long, Long> thread : compilers.entrySet()) {
                    long before = earlier.compilers.getOrDefault(thread.getKey(), 0L);
                    used.put(thread.getKey(), Math.max(0, thread.getValue() - before));
                }
            }
            return new Cpu(totalNanos - earlier.totalNanos, used);
        }
    }

    private final List<Long> pids;

    ServerProcess(List<Long> pids) {
        this.pids = List.copyOf(pids);
    }

    /** CPU time so far (user + system) of all the processes, and of their JIT compiler threads. */
    Cpu cpu() {
        long total = 0;
        Map<Long, Long> compilers = new HashMap<>();
        for (long pid : pids) {
            Path process = Path.of("/proc", Long.toString(pid));
            long one = ticks(process.resolve("stat"));
            if (one < 0) {
                return Cpu.UNKNOWN;
            }
            total += one * NANOS_PER_TICK;
            if (compilers != null && !addCompilers(process, compilers)) {
                compilers = null;
            }
        }
        return new Cpu(total, compilers);
    }

    /** Resident memory of all the processes now, or -1 when one of them cannot be read. */
    long residentBytes() {
        long sum = 0;
        for (long pid : pids) {
            long one = residentBytes(pid);
            if (one < 0) {
                return -1;
            }
            sum += one;
        }
        return sum;
    }

    /** utime + stime of a {@code stat} file, in ticks, or -1. */
    private static long ticks(Path stat) {
        try {
            String line = Files.readString(stat);
            // the command name (field 2) may hold spaces and parentheses: count fields after its last ')'
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Adds the CPU time of the process's compiler threads alive now to {@code compilers}; false when unreadable. */
    private static boolean addCompilers(Path process, Map<Long, Long> compilers) {
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(process.resolve("task"))) {
            for (Path task : tasks) {
                String name;
                try {
                    name = Files.readString(task.resolve("comm")).strip();
                } catch (IOException e) {
                    continue; // the thread ended meanwhile
                }
                long one = COMPILER_THREADS.stream().anyMatch(name::startsWith) ? ticks(task.resolve("stat")) : -1;
                if (one >= 0) { // -1: no compiler, or it ended between its name and its times
                    compilers.put(Long.parseLong(task.getFileName().toString()), one * NANOS_PER_TICK);
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
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
