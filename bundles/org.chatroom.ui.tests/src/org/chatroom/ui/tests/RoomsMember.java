package org.chatroom.ui.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.chatroom.protocol.Hello;
import org.chatroom.protocol.OriginalProtocol;

/**
 * A member speaking {@code chatroom/2} over a real socket, line by line as PROTOCOL.md section 7 spells it: joins or
 * creates a room, says things in it, and keeps every line the room sent (read on a thread of its own).
 */
final class RoomsMember implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final List<String> lines = new ArrayList<>();

    private RoomsMember(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
    }

    /** Connects to the room server on {@code port} as {@code name} and sends {@code first} (e.g. {@code CREATE ops}). */
    static RoomsMember connect(int port, String name, String first) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setSoTimeout(10_000);
        RoomsMember member = new RoomsMember(socket);
        InputStream in = socket.getInputStream();
        byte[] prompt = in.readNBytes(OriginalProtocol.PROMPT.length());
        if (!OriginalProtocol.PROMPT.equals(new String(prompt, StandardCharsets.UTF_8))) {
            throw new IOException("no prompt: " + new String(prompt, StandardCharsets.UTF_8));
        }
        member.out.write(Hello.helloBytes(2));
        member.out.flush();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String ok = reader.readLine();
        if (ok == null || !Hello.isOk(ok, 2)) {
            throw new IOException("no chatroom/2: " + ok);
        }
        socket.setSoTimeout(0);
        Thread thread = new Thread(() -> member.read(reader), "rooms-member-" + name);
        thread.setDaemon(true);
        thread.start();
        member.send("NICK " + name);
        member.send(first);
        return member;
    }

    void send(String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Whether a line the room sent contains {@code fragment}. */
    synchronized boolean saw(String fragment) {
        return lines.stream().anyMatch(line -> line.contains(fragment));
    }

    synchronized String received() {
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    private void read(BufferedReader reader) {
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                synchronized (this) {
                    lines.add(line);
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
