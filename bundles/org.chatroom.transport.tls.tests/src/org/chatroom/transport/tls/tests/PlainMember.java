package org.chatroom.transport.tls.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A member speaking the original protocol over a socket, plain or TLS (no framing: texts are found in the byte
 * stream).
 */
final class PlainMember implements AutoCloseable {

    private final Socket socket;
    private final StringBuilder unread = new StringBuilder();

    PlainMember(InetSocketAddress address) throws IOException {
        this(new Socket(address.getAddress(), address.getPort()));
    }

    /** Over {@code socket}, connected already. */
    PlainMember(Socket socket) throws IOException {
        this.socket = socket;
        socket.setSoTimeout(10_000);
    }

    /** A plain member connecting from the local address {@code source} (127.0.0.3 stands for another host). */
    static PlainMember from(String source, InetSocketAddress room) throws IOException {
        return new PlainMember(new Socket(room.getAddress(), room.getPort(), InetAddress.getByName(source), 0));
    }

    /** Joins as {@code name} and reads up to its welcome. */
    PlainMember join(String name) throws IOException {
        expect("Please enter your name and press Enter");
        send(name);
        expect("Welcome to the chat " + name + ". Write {quit} to leave.");
        return this;
    }

    void send(String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
    }

    /** Reads until {@code text} arrived (bounded by the socket timeout) and drops everything up to its end. */
    void expect(String text) throws IOException {
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[4096];
        while (unread.indexOf(text) < 0) {
            int count = in.read(buffer);
            if (count < 0) {
                throw new AssertionError("connection ended before '" + text + "'; got: " + unread);
            }
            unread.append(new String(buffer, 0, count, StandardCharsets.UTF_8));
        }
        unread.delete(0, unread.indexOf(text) + text.length());
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
