package org.chatroom.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.chatroom.protocol.OriginalProtocol;

/**
 * A client speaking the original protocol over a raw socket, like the seed's Python client: no newline on what it
 * sends, and it knows no framing, so expectations are checked byte for byte on the stream.
 */
public final class RawOriginalClient implements Closeable {

    public final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private RawOriginalClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /** Connects and reads the prompt. */
    public static RawOriginalClient connect(InetSocketAddress room) throws IOException {
        return prompted(connectSilently(room, 0));
    }

    /** Connects from the local address {@code local} (any of 127.0.0.0/8 works on Linux) without reading anything. */
    public static RawOriginalClient connectFrom(InetSocketAddress room, InetAddress local) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(local, 0));
        socket.connect(room, 5000);
        socket.setSoTimeout(10_000);
        return new RawOriginalClient(socket);
    }

    /** Connects without reading anything; {@code receiveBuffer} > 0 sets a small socket receive buffer. */
    public static RawOriginalClient connectSilently(InetSocketAddress room, int receiveBuffer) throws IOException {
        Socket socket = new Socket();
        if (receiveBuffer > 0) {
            socket.setReceiveBufferSize(receiveBuffer);
        }
        socket.connect(room, 5000);
        socket.setSoTimeout(10_000);
        return new RawOriginalClient(socket);
    }

    /** Connects, sends {@code name} and checks the welcome. */
    public static RawOriginalClient join(InetSocketAddress room, String name) throws IOException {
        return joined(connect(room), name);
    }

    /** {@link #join(InetSocketAddress, String)} from the local address {@code local}. */
    public static RawOriginalClient joinFrom(InetSocketAddress room, String name, InetAddress local)
            throws IOException {
        return joined(prompted(connectFrom(room, local)), name);
    }

    /** {@link #connect(InetSocketAddress)} from the local address {@code local}: connects and reads the prompt. */
    public static RawOriginalClient connectPromptedFrom(InetSocketAddress room, InetAddress local) throws IOException {
        return prompted(connectFrom(room, local));
    }

    private static RawOriginalClient prompted(RawOriginalClient client) throws IOException {
        client.expect(OriginalProtocol.PROMPT);
        return client;
    }

    private static RawOriginalClient joined(RawOriginalClient client, String name) throws IOException {
        client.send(name);
        client.expect(OriginalProtocol.welcome(name));
        return client;
    }

    public void send(String text) throws IOException {
        sendRaw(text.getBytes(StandardCharsets.UTF_8));
    }

    public void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Reads exactly the bytes of {@code text} and compares them. */
    public void expect(String text) throws IOException {
        byte[] expected = text.getBytes(StandardCharsets.UTF_8);
        byte[] got = in.readNBytes(expected.length);
        assertEquals(text, new String(got, StandardCharsets.UTF_8));
    }

    public String read(int bytes) throws IOException {
        return new String(in.readNBytes(bytes), StandardCharsets.UTF_8);
    }

    /** Reads whatever arrives until the server closes (bounded by the socket timeout). */
    public String readToEnd() throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    public InputStream input() {
        return in;
    }

    /** Closes with a reset instead of a clean end, like a crashed client. */
    public void abort() throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
