package org.chatroom.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntUnaryOperator;

import org.junit.jupiter.api.Test;

/** The servers' CPU time and its JIT compilers' part, read from {@code /proc} of real processes. */
class ServerProcessTest {

    @Test
    void aJvmsCompilerThreadsArePartOfItsCpuTime() {
        ServerProcess self = new ServerProcess(List.of(ProcessHandle.current().pid()));
        ServerProcess.Cpu before = self.cpu();
        ServerProcess.Cpu used = self.cpu().since(before);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        // code hot enough to be compiled, until the compilers show at least a clock tick since the first reading
        while (threadsSum(used) <= 0 && System.nanoTime() < deadline) {
            compileSomething();
            used = self.cpu().since(before);
        }
        assertTrue(threadsSum(used) > 0, "no compiler CPU time seen since " + before + ": " + used);
        // each figure is truncated to clock ticks: the parts may be ahead of the whole by a tick each, not more
        assertTrue(threadsSum(used) <= used.totalNanos() + used.compilers().size() * 10_000_000L,
                "the compilers' part exceeds the whole: " + used);
        assertTrue(used.compilerNanos() > 0 || used.totalNanos() == 0, "what is reported: " + used);
    }

    private static long threadsSum(ServerProcess.Cpu cpu) {
        return cpu.compilers().values().stream().mapToLong(Long::longValue).sum();
    }

    /** The part reported is at most the whole, even when the threads' ticks ran ahead of the process's. */
    @Test
    void theCompilersPartIsAtMostTheWhole() {
        assertEquals(0, new ServerProcess.Cpu(0, Map.of(7L, 10_000_000L)).compilerNanos());
        assertEquals(20_000_000L, new ServerProcess.Cpu(30_000_000L, Map.of(7L, 10_000_000L, 8L, 10_000_000L))
                .compilerNanos());
        assertEquals(-1, new ServerProcess.Cpu(30_000_000L, null).compilerNanos());
    }

    @Test
    void aProcessWithoutJitCompilersHasNone() throws Exception {
        Process python = new ProcessBuilder("python3", "-c",
                "import time\nend = time.time() + 0.5\nwhile time.time() < end: pass\ntime.sleep(30)").start();
        try {
            ServerProcess server = new ServerProcess(List.of(python.pid()));
            ServerProcess.Cpu cpu = server.cpu();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (cpu.totalNanos() < 100_000_000L && System.nanoTime() < deadline) { // its half second of spinning
                Thread.sleep(50);
                cpu = server.cpu();
            }
            assertTrue(cpu.totalNanos() >= 100_000_000L, "the spinning process's CPU time: " + cpu);
            assertEquals(0, cpu.compilerNanos(), "a CPython process has no JIT compiler threads");
        } finally {
            python.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aProcessThatIsGoneIsNotMeasured() throws Exception {
        Process done = new ProcessBuilder("true").start();
        assertTrue(done.waitFor(10, TimeUnit.SECONDS));
        ServerProcess.Cpu cpu = new ServerProcess(List.of(ProcessHandle.current().pid(), done.pid())).cpu();
        assertEquals(ServerProcess.Cpu.UNKNOWN, cpu, "one of the servers cannot be read: nothing is reported");
        assertEquals(ServerProcess.Cpu.UNKNOWN, new ServerProcess.Cpu(5, Map.of()).since(cpu));
        assertEquals(new ServerProcess.Cpu(4, null),
                new ServerProcess.Cpu(9, null).since(new ServerProcess.Cpu(5, Map.of(7L, 1L))),
                "the total without the compilers' part when that was unreadable");
    }

    @Test
    void compilerTimeIsCountedPerThreadBetweenTwoReadings() {
        ServerProcess.Cpu first = new ServerProcess.Cpu(100, Map.of(7L, 30L, 8L, 20L));
        ServerProcess.Cpu second = new ServerProcess.Cpu(190, Map.of(7L, 45L, 9L, 5L)); // 8 ended, 9 started
        ServerProcess.Cpu used = second.since(first);
        assertEquals(90, used.totalNanos());
        assertEquals(20, used.compilerNanos(), "15 by the thread alive at both readings, 5 by the new one; the "
                + "ended thread's 20 from before the first reading are not taken off");
    }

    /** Runs a method of this test often enough for the JVM's compilers to take it (and what it calls). */
    private static void compileSomething() {
        ConcurrentHashMap<Integer, Integer> sums = new ConcurrentHashMap<>();
        IntUnaryOperator step = new IntUnaryOperator() { // code only this test runs
            @Override
            public int applyAsInt(int x) {
                return Integer.rotateLeft(x * 31 + 7, x & 7) ^ (x >>> 3);
            }
        };
        int x = (int) System.nanoTime();
        for (int i = 0; i < 200_000; i++) {
            x = step.applyAsInt(x);
            sums.merge(x & 1023, x, Integer::sum);
        }
        if (sums.isEmpty()) {
            throw new AssertionError("unreachable: keeps the loop's result alive");
        }
    }
}
