package org.chatroom.transport.tls.internal;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * Server side of accepting a TLS connection on a plain socket. A TLS client speaks first (its first byte is the
 * handshake record type 22); a plain chat client waits for the room's prompt or sends text. Anything else than a
 * client hello within the probe time gets one plain-text line explaining that the port needs TLS, then the
 * connection is closed.
 */
final class ServerHandshake {

    /** TLS record content type of a handshake message: what every client hello starts with. */
    private static final int HANDSHAKE_RECORD = 22;
    private static final long DRAIN_MILLIS = 500;

    /** Thrown when the peer does not speak TLS; it was told so in plain text. */
    static final class PlainClientException extends IOException {
        private static final long serialVersionUID = 1L;

        PlainClientException(String message) {
            super(message);
        }
    }

    private ServerHandshake() {
    }

    /** Blocks (bounded by {@code timing}) until the handshake on {@code raw} is done. */
    static SSLSocket accept(Socket raw, SSLContext context, Timing timing) throws IOException {
        raw.setSoTimeout((int) Math.max(1, timing.plainProbe()));
        InputStream in = raw.getInputStream();
        int first;
        try {
            first = in.read();
        } catch (SocketTimeoutException e) {
            first = -2;
        }
        if (first == -1) {
            throw new EOFException("closed before the TLS handshake");
        }
        if (first != HANDSHAKE_RECORD) {
            refusePlain(raw);
            throw new PlainClientException(first == -2 ? "sent nothing within " + timing.plainProbe() + " ms"
                    : "did not start with a TLS client hello");
        }
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(raw,
                new ByteArrayInputStream(new byte[] { (byte) first }), true);
        TlsProtocols.restrict(socket);
        socket.setSoTimeout((int) Math.max(1, timing.handshake()));
        socket.startHandshake();
        socket.setSoTimeout(0);
        return socket;
    }

    /** Tells a plain client in its own language that this port needs TLS; ends our side, then lets it close. */
    private static void refusePlain(Socket raw) throws IOException {
        raw.getOutputStream().write((Messages.get("plain.refused") + "\n").getBytes(StandardCharsets.UTF_8));
        raw.shutdownOutput();
        raw.setSoTimeout((int) DRAIN_MILLIS);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DRAIN_MILLIS);
        byte[] discard = new byte[4096];
        try {
            while (System.nanoTime() < deadline && raw.getInputStream().read(discard) >= 0) {
                // read what it sends so that closing does not reset the line it was just sent
            }
        } catch (IOException e) {
            // it went away or took too long: close anyway
        }
    }
}
