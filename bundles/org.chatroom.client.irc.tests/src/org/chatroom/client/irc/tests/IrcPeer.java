package org.chatroom.client.irc.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A scripted IRC server for one client on 127.0.0.1: the test reads what the client sends and answers by hand, for
 * what InspIRCd cannot show alone (SASL needs a services server it does not have).
 */
final class IrcPeer implements AutoCloseable {

    private final ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    private Socket socket;
    private BufferedReader in;
    private OutputStream out;

    IrcPeer() throws IOException {
        listener.setSoTimeout(20_000);
    }

    int port() {
        return listener.getLocalPort();
    }

    void accept() throws IOException {
        socket = listener.accept();
        socket.setSoTimeout(20_000);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        out = socket.getOutputStream();
    }

    /** The next line the client sent (waits at most 20 s); {@code null} when it closed. */
    String read() throws IOException {
        return in.readLine();
    }

    /** Reads until a line starting with {@code start}; returns it. */
    String readUntil(String start) throws IOException {
        for (String line = read(); line != null; line = read()) {
            if (line.startsWith(start)) {
                return line;
            }
        }
        throw new AssertionError("the client closed before sending " + start);
    }

    void send(String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Drops the client's connection, as a network that fails; the next {@link #accept} takes its reconnect. */
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
