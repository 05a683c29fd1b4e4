package org.chatroom.loadtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The reconstructed original Python server (bundles/org.chatroom.testing/python) on a free loopback port. */
final class OriginalServerProcess implements AutoCloseable {

    private static final long START_MILLIS = 10_000;

    private final Process process;
    private final Path output;
    private final int port;

    OriginalServerProcess() throws IOException, InterruptedException {
        String script = System.getProperty("chatroom.originalServer",
                "../../bundles/org.chatroom.testing/python/original_server.py");
        output = Files.createTempFile("original-server", ".log");
        process = new ProcessBuilder("python3", "-u", script, "0", "127.0.0.1").redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        port = awaitPort();
    }

    private int awaitPort() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_MILLIS);
        while (System.nanoTime() < deadline && process.isAlive()) {
            for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
                if (line.startsWith("LISTENING ")) {
                    return Integer.parseInt(line.substring("LISTENING ".length()).trim());
                }
            }
            Thread.sleep(20);
        }
        close();
        throw new IllegalStateException("the original server did not start: " + Files.readString(output));
    }

    int port() {
        return port;
    }

    /** What the server printed so far (unbuffered; a Python traceback names the thread that died). */
    String log() throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        Processes.stop(process);
        Files.deleteIfExists(output);
    }
}
