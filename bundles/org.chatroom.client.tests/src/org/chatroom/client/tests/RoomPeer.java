package org.chatroom.client.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A scripted {@code chatroom/2} server for one client on 127.0.0.1: the test reads what the client sends and answers
 * by hand, in an order a real room gives only by chance (an error about a message before the answer to a join).
 */
final class RoomPeer implements AutoCloseable {

    static final String TS = "2026-12-06T06:00:00.000Z";

    private final ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    private Socket socket;
    private BufferedReader in;
    private OutputStream out;

    RoomPeer() throws IOException {
        listener.setSoTimeout(20_000);
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Takes the client's connection and welcomes it as {@code name} after the {@code chatroom/2} hello. */
    void acceptAndWelcome(String name) throws IOException {
        socket = listener.accept();
        socket.setSoTimeout(20_000);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
        out = socket.getOutputStream();
        out.write("Please enter your name and press Enter".getBytes(StandardCharsets.UTF_8));
        out.flush();
        readUntil("\u00ffCHATROOM/2");
        send("CHATROOM/2 OK");
        readUntil("NICK " + name);
        send("WELCOME " + TS + " " + name);
    }

    /** The next line the client sent (waits at most 20 s). */
    String read() throws IOException {
        String line = in.readLine();
        if (line == null) {
            throw new AssertionError("the client closed the connection");
        }
        return line;
    }

    /** Reads until a line starting with {@code start}; returns it. */
    String readUntil(String start) throws IOException {
        for (String line = read();; line = read()) {
            if (line.startsWith(start)) {
                return line;
            }
        }
    }

    /** Answers a join of {@code room}: its history ended at {@code seq}, and {@code name} is its only member. */
    void joined(String room, long seq, String name) throws IOException {
        send("JOINED " + TS + " " + room + " " + seq);
        send("MEMBERS " + TS + " " + room + " " + name);
    }

    void send(String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Drops the client's connection, as a network that fails; the next accept takes its reconnect. */
    void drop() throws IOException {
        socket.close();
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
        }
        listener.close();
    }
}
