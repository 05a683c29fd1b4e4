package org.chatroom.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.chatroom.testing.internal.BundledScript;
import org.chatroom.testing.internal.LineDrain;
import org.chatroom.testing.internal.Processes;
import org.chatroom.testing.internal.WaitingThreads;

/**
 * The seed's original Python server (python/original_server.py), running as a real {@code python3} process
 * on 127.0.0.1 and a free port. Its stdout and stderr are drained continuously; {@link #output()} shows the
 * last lines (connections, and the tracebacks of its crashing threads).
 */
public final class OriginalServer implements AutoCloseable {

    /** How long {@link #start()} waits for the server to listen. */
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(10);

    private static final String LISTENING = "LISTENING ";

    private final BundledScript script;
    private final Process process;
    private final LineDrain output;
    private final int port;

    private OriginalServer(BundledScript script, Process process, LineDrain output, int port) {
        this.script = script;
        this.process = process;
        this.output = output;
        this.port = port;
    }

    /** Starts the original server on a free loopback port and waits until it listens. */
    public static OriginalServer start() {
        return start(DEFAULT_START_TIMEOUT);
    }

    /** Starts the original server on a free loopback port, waiting at most {@code timeout} for it to listen. */
    public static OriginalServer start(Duration timeout) {
        BundledScript script = BundledScript.extract("original_server.py");
        Process process = null;
        try {
            process = new ProcessBuilder(Processes.python(), script.path().toString(), "0", "127.0.0.1")
                    .redirectErrorStream(true)
                    .start();
            process.getOutputStream().close();
            LineDrain output = new LineDrain(process.getInputStream(), "original-server-output");
            int port = awaitListening(output, timeout);
            return new OriginalServer(script, process, output, port);
        } catch (IOException e) {
            cleanUp(script, process);
            throw new UncheckedIOException("cannot start " + Processes.python() + " " + script.path(), e);
        } catch (InterruptedException e) {
            cleanUp(script, process);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the original server", e);
        } catch (RuntimeException | Error e) {
            cleanUp(script, process);
            throw e;
        }
    }

    private static int awaitListening(LineDrain output, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (long left = timeout.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            String line = output.next(Duration.ofNanos(left));
            if (line == null) {
                break;
            }
            if (line.startsWith(LISTENING)) {
                return Integer.parseInt(line.substring(LISTENING.length()).trim());
            }
        }
        throw new AssertionError("the original server did not print LISTENING within " + timeout + "; output: "
                + output.tail());
    }

    private static void cleanUp(BundledScript script, Process process) {
        if (process != null) {
            Processes.end(process, Duration.ZERO);
        }
        script.close();
    }

    /** The loopback port the server listens on. */
    public int port() {
        return port;
    }

    public String host() {
        return "127.0.0.1";
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Waits until every thread of the server but its main one waits for a connection or for bytes (Linux), so none is
     * inside a broadcast any more. The seed iterates its member dict unguarded: a member joining while another
     * thread's broadcast loop has not ended kills that thread ("dictionary changed size during iteration"), and a
     * member's own echo arrives before its thread has left that loop. Tests that are not about this defect wait for
     * this between a broadcast and the next join.
     */
    public void awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<Long, String> calls = Map.of();
        while (System.nanoTime() - deadline < 0) {
            try {
                calls = WaitingThreads.of(process.pid());
            } catch (IOException e) {
                throw new AssertionError("the original server is gone; output: " + output.tail(), e);
            }
            if (WaitingThreads.allWaitingForInput(calls)) {
                return;
            }
            Thread.sleep(2);
        }
        throw new AssertionError("the original server's threads did not all wait for input within " + timeout
                + " (system call by thread: " + calls + "); output: " + output.tail());
    }

    /** The last lines the server printed (stdout and stderr), oldest first. */
    public List<String> output() {
        return output.tail();
    }

    /** Kills the server (it never ends by itself) and reaps the process. */
    @Override
    public void close() {
        Processes.end(process, Duration.ZERO);
        try {
            output.join(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        script.close();
    }

    @Override
    public String toString() {
        return "original Python server on " + host() + ":" + port;
    }
}
