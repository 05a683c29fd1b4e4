package org.chatroom.irc.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A terminal program run as a person runs it: in a tmux session of its own tmux server (a socket name of its own, so
 * no other tmux is touched), typed into with {@code send-keys}, its screen read with {@code capture-pane}.
 */
final class Tmux implements AutoCloseable {

    private static final int WIDTH = 200;
    private static final int HEIGHT = 50;

    private final String socket = "chatroom-test-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);

    /** Starts {@code command} (a shell command line) in a detached session. */
    static Tmux start(String command) throws IOException, InterruptedException {
        Tmux tmux = new Tmux();
        tmux.run("new-session", "-d", "-s", "main", "-x", Integer.toString(WIDTH), "-y", Integer.toString(HEIGHT),
                command);
        return tmux;
    }

    /** Types {@code text} and Enter. */
    void type(String text) throws IOException, InterruptedException {
        run("send-keys", "-t", "main", "-l", text);
        run("send-keys", "-t", "main", "Enter");
    }

    /** What the screen shows now. */
    String screen() throws IOException, InterruptedException {
        return run("capture-pane", "-p", "-t", "main");
    }

    /** Checks the screen every 50 ms until it shows {@code text}, at most 20 s; @return the screen */
    String await(String text) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String screen = screen();
        while (!screen.contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the screen did not show '" + text + "' within 20 s:\n" + screen);
            }
            Thread.sleep(50);
            screen = screen();
        }
        return screen;
    }

    private String run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("tmux " + arguments[0] + " did not end within 10 s");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new AssertionError("tmux " + String.join(" ", arguments) + " failed: " + text);
        }
        return text;
    }

    /** Ends this tmux server, and the program in it. */
    @Override
    public void close() throws IOException, InterruptedException {
        run("kill-server");
    }
}
