package org.chatroom.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * An IRC user typed by hand: a raw socket that registers with NICK/USER, answers PING and remembers every line
 * the server sent, with bounded waits for the lines a test expects.
 */
public final class RawIrcUser implements AutoCloseable {

    private final Socket socket = new Socket();
    private final OutputStream out;
    private final List<String> lines = new ArrayList<>();

    public RawIrcUser(int port, String nick) throws IOException, InterruptedException {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        out = socket.getOutputStream();
        Thread reader = new Thread(this::read, "raw-irc-" + nick);
        reader.setDaemon(true);
        reader.start();
        send("NICK " + nick);
        send("USER " + nick + " 0 * :" + nick);
        await(line -> line.contains(" 001 "), Duration.ofSeconds(20));
    }

    public synchronized void send(String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The first line received that matches; waits for it up to {@code timeout}. */
    public synchronized String await(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (String line : lines) {
                if (wanted.test(line)) {
                    return line;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no such line within " + timeout + "; got " + lines);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** All lines received, once {@code wanted} holds for them; waits up to {@code timeout}. */
    public synchronized List<String> awaitLines(Predicate<List<String>> wanted, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!wanted.test(lines)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("condition not met within " + timeout + "; got " + lines);
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return new ArrayList<>(lines);
    }

    public synchronized List<String> lines() {
        return new ArrayList<>(lines);
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("PING ")) {
                    send("PONG " + line.substring(5));
                }
                synchronized (this) {
                    lines.add(line);
                    notifyAll();
                }
            }
        } catch (IOException e) {
            // closed
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
