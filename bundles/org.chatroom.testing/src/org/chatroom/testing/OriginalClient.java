package org.chatroom.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.chatroom.testing.internal.BundledScript;
import org.chatroom.testing.internal.JsonString;
import org.chatroom.testing.internal.LineDrain;
import org.chatroom.testing.internal.Processes;

/**
 * The seed's original client (python/original_client.py: the Tk window replaced by stdio) as a real
 * {@code python3} process. {@link #send(String)} is typing a line and pressing Enter: one {@code send()}, no
 * newline. {@link #nextChunk(Duration)} is the next row the original Listbox would show: one {@code recv(1024)}.
 */
public final class OriginalClient implements AutoCloseable {

    /** How long {@link #close()} lets the client quit by itself before killing it. */
    private static final Duration QUIT_GRACE = Duration.ofSeconds(2);

    private final BundledScript script;
    private final Process process;
    private final OutputStream input;
    private final LineDrain chunks;
    private final LineDrain errors;

    private OriginalClient(BundledScript script, Process process) {
        this.script = script;
        this.process = process;
        this.input = process.getOutputStream();
        this.chunks = new LineDrain(process.getInputStream(), "original-client-output");
        this.errors = new LineDrain(process.getErrorStream(), "original-client-errors");
    }

    /** Starts an original client connecting to {@code host:port}. The first chunk is normally the server's prompt. */
    public static OriginalClient start(String host, int port) {
        BundledScript script = BundledScript.extract("original_client.py");
        try {
            Process process = new ProcessBuilder(Processes.python(), script.path().toString(), host,
                    Integer.toString(port)).start();
            return new OriginalClient(script, process);
        } catch (IOException e) {
            script.close();
            throw new UncheckedIOException("cannot start " + Processes.python() + " " + script.path(), e);
        }
    }

    /** Starts an original client connected to {@code server}. */
    public static OriginalClient start(OriginalServer server) {
        return start(server.host(), server.port());
    }

    /**
     * Types {@code line} and presses Enter: the client sends it with one {@code send()}, without a newline.
     * {@code {quit}} makes the client send it, close its socket and stop reading input; as in the seed, its receive
     * thread races that close, so the server's {@code {quit}} reply may or may not be shown.
     *
     * @throws IllegalArgumentException if {@code line} contains a line break (it would become two messages)
     */
    public void send(String line) {
        if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("one line only: " + line);
        }
        try {
            input.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            input.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the original client no longer reads input; errors: " + errors.tail(), e);
        }
    }

    /**
     * The next chunk the client received (one {@code recv(1024)} decoded as UTF-8), waiting at most {@code timeout}.
     * An empty string means the server closed the connection.
     *
     * @throws AssertionError if nothing arrives in time, or the client stopped showing chunks
     */
    public String nextChunk(Duration timeout) {
        String line;
        try {
            line = chunks.next(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a chunk", e);
        }
        if (line == null) {
            throw new AssertionError((chunks.ended() ? "the original client stopped showing chunks"
                    : "no chunk within " + timeout) + "; its errors: " + errors.tail());
        }
        return JsonString.decode(line);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Waits at most {@code timeout} for the client process to end by itself (after {@code {quit}}, or when its
     * input is closed).
     */
    public boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Closes the window: the client's input ends, so it sends {@code {quit}} unless it already quit; if it does
     * not end within a short grace period it is killed. The process is always reaped.
     */
    @Override
    public void close() {
        try {
            input.close();
        } catch (IOException e) {
            // the client already stopped reading: it is ended below
        }
        Processes.end(process, QUIT_GRACE);
        try {
            chunks.join(QUIT_GRACE);
            errors.join(QUIT_GRACE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        script.close();
    }
}
