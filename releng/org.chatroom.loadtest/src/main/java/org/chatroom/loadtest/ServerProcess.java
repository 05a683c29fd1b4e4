package org.chatroom.loadtest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The measured servers' processes, read from {@code /proc} (Linux): their CPU time (user + system, all threads),
 * how much of it a JVM's JIT compiler threads used, and their resident memory, each summed over the processes (one
 * per node of a cluster), so that CPU per delivery covers exactly the steady window, not the joins before it.
 * <p>
 * The compilers' share tells a JVM server that is still compiling its hot paths (a fresh JVM, for tens of seconds
 * under load) from its steady state, and a JVM from a compiled server, which has none. It is summed over the
 * compiler threads alive at each reading: a compiler thread the JVM ends between two readings (it adds and removes
 * them with the load) takes its CPU time since the first reading with it, so the share is a lower bound.
 */
final class ServerProcess {

    /** Linux reports CPU times in clock ticks of 1/100 s (USER_HZ) on every architecture the JDK runs on. */
    private static final long NANOS_PER_TICK = 10_000_000L;
    /** The names HotSpot gives its compiler threads, as {@code /proc} shows them (15 characters). */
    private static final List<String> COMPILER_THREADS = List.of("C1 CompilerThre", "C2 CompilerThre");

    /** CPU time of the processes at one moment: all of it, and the compiler threads'; each -1 when unreadable. */
    record Cpu(long totalNanos, long compilerNanos) {

        static final Cpu UNKNOWN = new Cpu(-1, -1);

        /** The CPU time from {@code earlier} to this reading; unknown when either is. */
        Cpu since(Cpu earlier) {
            if (totalNanos < 0 || earlier.totalNanos < 0) {
                return UNKNOWN;
            }
            long compilers = compilerNanos < 0 || earlier.compilerNanos < 0 ? -1
                    : Math.max(0, compilerNanos - earlier.compilerNanos);
            return new Cpu(totalNanos - earlier.totalNanos, compilers);
        }
    }

    private final List<Long> pids;

    ServerProcess(List<Long> pids) {
        this.pids = List.copyOf(pids);
    }

    /** CPU time so far (user + system) of all the processes, and of their JIT compiler threads. */
    Cpu cpu() {
        long total = 0;
        long compilers = 0;
        for (long pid : pids) {
            Path process = Path.of("/proc", Long.toString(pid));
            long one = ticks(process.resolve("stat"));
            if (one < 0) {
                return Cpu.UNKNOWN;
            }
            total += one;
            long compiling = compilerTicks(process);
            compilers = compiling < 0 || compilers < 0 ? -1 : compilers + compiling;
        }
        return new Cpu(total * NANOS_PER_TICK, compilers < 0 ? -1 : compilers * NANOS_PER_TICK);
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

    /** The ticks of the process's compiler threads alive now (0 for a process that has none), or -1. */
    private static long compilerTicks(Path process) {
        long sum = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(process.resolve("task"))) {
            for (Path task : tasks) {
                String name;
                try {
                    name = Files.readString(task.resolve("comm")).strip();
                } catch (IOException e) {
                    continue; // the thread ended meanwhile
                }
                if (COMPILER_THREADS.stream().anyMatch(name::startsWith)) {
                    long one = ticks(task.resolve("stat"));
                    sum += Math.max(0, one); // -1: it ended between its name and its times
                }
            }
            return sum;
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
