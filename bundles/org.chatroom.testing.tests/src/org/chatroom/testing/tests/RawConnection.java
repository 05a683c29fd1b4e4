package org.chatroom.testing.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** A plain TCP connection reading exact byte sequences, with a read timeout so no test can hang. */
final class RawConnection implements AutoCloseable {

    private static final int TIMEOUT_MILLIS = 5_000;

    private final Socket socket;
    private final InputStream in;

    RawConnection(String host, int port) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        in = socket.getInputStream();
    }

    /** Sends {@code text} as UTF-8 in one write, without any terminator (what the original client does). */
    void send(String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
    }

    /** Reads exactly as many bytes as {@code expected} has in UTF-8 and asserts they are these bytes. */
    void expect(String expected) throws IOException {
        byte[] want = expected.getBytes(StandardCharsets.UTF_8);
        byte[] got = new byte[want.length];
        int filled = 0;
        while (filled < want.length) {
            int n;
            try {
                n = in.read(got, filled, want.length - filled);
            } catch (SocketTimeoutException e) {
                throw new AssertionError("timed out waiting for \"" + expected + "\", got only \""
                        + new String(got, 0, filled, StandardCharsets.UTF_8) + "\"", e);
            }
            if (n < 0) {
                throw new AssertionError("connection closed waiting for \"" + expected + "\", got only \""
                        + new String(got, 0, filled, StandardCharsets.UTF_8) + "\"");
            }
            filled += n;
        }
        assertEquals(expected, new String(got, StandardCharsets.UTF_8));
        assertArrayEquals(want, got);
    }

    /** Asserts the server closes the connection without sending anything more. */
    void expectClosed() throws IOException {
        try {
            int next = in.read();
            assertEquals(-1, next, "expected the server to close the connection, got a byte");
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server did not close the connection", e);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
