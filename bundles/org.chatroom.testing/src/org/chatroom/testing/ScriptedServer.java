package org.chatroom.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.Charset;

/**
 * A server on 127.0.0.1 scripted by a test, for one client at a time: the test reads the lines the client sends and
 * answers by hand, for an order or a peer a real server gives only by chance or not at all. Every wait is bounded
 * (20 s).
 */
public class ScriptedServer implements AutoCloseable {

    private static final int WAIT_MILLIS = 20_000;

    private final ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    private final Charset charset;
    private final String lineEnd;
    private Socket socket;
    private BufferedReader in;
    private OutputStream out;

    /**
     * @param charset how lines are read and written
     * @param lineEnd what ends a line sent ({@code "\r\n"}, {@code "\n"})
     */
    public ScriptedServer(Charset charset, String lineEnd) throws IOException {
        this.charset = charset;
        this.lineEnd = lineEnd;
        listener.setSoTimeout(WAIT_MILLIS);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Takes the client's next connection. */
    public void accept() throws IOException {
        socket = listener.accept();
        socket.setSoTimeout(WAIT_MILLIS);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), charset));
        out = socket.getOutputStream();
    }

    /** @return the next line the client sent, {@code null} when it closed the connection */
    public String read() throws IOException {
        return in.readLine();
    }

    /** Reads until a line starting with {@code start}, and returns it. */
    public String readUntil(String start) throws IOException {
        for (String line = read(); line != null; line = read()) {
            if (line.startsWith(start)) {
                return line;
            }
        }
        throw new AssertionError("the client closed before sending " + start);
    }

    /** Sends {@code line} and the line end. */
    public void send(String line) throws IOException {
        sendRaw(line + lineEnd);
    }

    /** Sends {@code text} as it is (a prompt without a line end). */
    public void sendRaw(String text) throws IOException {
        out.write(text.getBytes(charset));
        out.flush();
    }

    /** Drops the client's connection, as a network that fails; the next {@link #accept} takes its reconnect. */
    public void drop() throws IOException {
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
