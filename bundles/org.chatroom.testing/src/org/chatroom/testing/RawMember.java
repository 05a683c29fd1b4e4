package org.chatroom.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A member speaking the original protocol over a plain socket, like the seed's Python client. A reader thread
 * collects everything the room sends, so the UI thread can keep spinning while the test waits for text.
 */
public final class RawMember implements AutoCloseable {

    public static final String PROMPT = "Please enter your name and press Enter";

    private final Socket socket;
    private final OutputStream out;
    private final StringBuffer received = new StringBuffer();
    private volatile boolean closedByRoom;

    public RawMember(int port) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.setSoTimeout(200);
        out = socket.getOutputStream();
        Thread reader = new Thread(this::read, "raw-member-" + port);
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        byte[] buffer = new byte[8192];
        try (InputStream in = socket.getInputStream()) {
            while (!socket.isClosed()) {
                try {
                    int n = in.read(buffer);
                    if (n < 0) {
                        closedByRoom = true;
                        return;
                    }
                    received.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                } catch (SocketTimeoutException e) {
                    // poll again until closed
                }
            }
        } catch (IOException e) {
            closedByRoom = true;
        }
    }

    public void send(String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    public boolean saw(String text) {
        return received.indexOf(text) >= 0;
    }

    public String received() {
        return received.toString();
    }

    public boolean closedByRoom() {
        return closedByRoom;
    }

    /** How a test waits (bounded) for a condition, e.g. spinning the UI meanwhile. */
    @FunctionalInterface
    public interface Waiter {
        void until(String what, BooleanSupplier condition, Supplier<String> state);
    }

    /** Connects, answers the name prompt and waits for the welcome with {@code waiter}. */
    public static RawMember join(int port, String name, Waiter waiter) throws IOException {
        RawMember member = new RawMember(port);
        waiter.until("the name prompt", () -> member.saw(PROMPT), member::received);
        member.send(name);
        waiter.until("the welcome of " + name, () -> member.saw("Welcome to the chat " + name), member::received);
        return member;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
