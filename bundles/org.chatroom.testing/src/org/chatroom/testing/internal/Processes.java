package org.chatroom.testing.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Ending a child process for sure, so no test leaves a zombie or an orphan behind. */
public final class Processes {

    private Processes() {
    }

    /**
     * Waits up to {@code grace} for the process to end by itself, then asks it to terminate, then kills it.
     * Always reaps it (waitFor), so no zombie is left.
     */
    public static void end(Process process, Duration grace) {
        boolean interrupted = false;
        try {
            if (waitFor(process, grace)) {
                return;
            }
            process.destroy();
            if (waitFor(process, Duration.ofSeconds(2))) {
                return;
            }
            process.destroyForcibly();
            waitFor(process, Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            interrupted = true;
            process.destroyForcibly();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean waitFor(Process process, Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The python3 found on PATH runs the fixtures. */
    public static String python() {
        return "python3";
    }
}
