package org.chatroom.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.chatroom.testing.internal.LineDrain;
import org.chatroom.testing.internal.Processes;

/**
 * A real program driven through its standard streams: lines written to its input, its output (and errors, merged)
 * read line by line and awaited with a bound; ended for sure on {@link #close}. E.g. {@code openssl s_client}.
 *
 * @since 1.7
 */
public final class LineProcess implements AutoCloseable {

    private final Process process;
    private final LineDrain output;
    private final OutputStream input;

    private LineProcess(Process process, String name) {
        this.process = process;
        this.output = new LineDrain(process.getInputStream(), name + "-output");
        this.input = process.getOutputStream();
    }

    /** Starts {@code command} (its first word found on PATH), standard error merged into its output. */
    public static LineProcess start(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        return new LineProcess(process, command[0]);
    }

    /** Writes {@code line} and a LF to the program's input. */
    public void send(String line) throws IOException {
        input.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        input.flush();
    }

    /**
     * Reads output lines until one matches {@code regex} (found anywhere in it), waiting at most {@code bound} in
     * all; @return that line
     *
     * @throws AssertionError when none came within the bound or the output ended, with the last lines read
     */
    public String await(String regex, Duration bound) throws InterruptedException {
        Pattern pattern = Pattern.compile(regex);
        long deadline = System.nanoTime() + bound.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            String line = left <= 0 ? null : output.next(Duration.ofNanos(left));
            if (line == null) {
                throw new AssertionError("no output line matching " + regex + " within " + bound
                        + (output.ended() ? " (the output ended)" : "") + "; last lines: " + output.tail());
            }
            if (pattern.matcher(line).find()) {
                return line;
            }
        }
    }

    /** The last lines the program wrote, oldest first, for diagnostics. */
    public List<String> tail() {
        return output.tail();
    }

    /** Closes the program's input, then ends it (terminated, killed if need be) and reaps it. */
    @Override
    public void close() {
        try {
            input.close();
        } catch (IOException e) {
            // it may have ended already
        }
        Processes.end(process, Duration.ofSeconds(2));
    }
}
