package org.chatroom.irc.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The files through which file-driven IRC clients are scripted ({@code ii}, WeeChat's fifo and logger): a command
 * written to a FIFO, what the client shows read from its log file.
 */
final class ClientFiles {

    private static final long WAIT_SECONDS = 20;

    private ClientFiles() {
    }

    /** Writes {@code line} to the client's FIFO (blocks until the client reads it, as a FIFO does). */
    static void write(Path fifo, String line) throws IOException {
        try (OutputStream out = Files.newOutputStream(fifo)) {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The text of {@code file}, empty while it does not exist. */
    static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Checks a file condition every 20 ms (the client says nothing else) until it holds, at most 20 s.
     *
     * @throws AssertionError naming {@code what} when it does not hold in time
     */
    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within " + WAIT_SECONDS + " s");
            }
            Thread.sleep(20);
        }
    }
}
