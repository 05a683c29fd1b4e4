package org.chatroom.transport.tls.internal;

import java.nio.ByteBuffer;

/**
 * Spots a renegotiation before any engine sees it: once a TLS 1.2 session is established, a record of content type
 * handshake (a client hello, or a server's hello request) can only start a renegotiation. TLS 1.3 hides the content
 * type of its post-handshake messages (key updates pass as application data), so this applies to TLS 1.2 only. The
 * same check for both engines, since BoringSSL and the JDK answer a renegotiation differently.
 */
final class RenegotiationGuard {

    private static final int HANDSHAKE_RECORD = 22;
    private static final int HEADER_BYTES = 5;

    private RenegotiationGuard() {
    }

    /**
     * @param in received bytes starting at a record boundary (an engine consumes whole records only); not moved
     * @return whether one of the complete or partial records in {@code in} is a handshake record
     */
    static boolean holdsHandshake(ByteBuffer in) {
        int at = in.position();
        while (at < in.limit()) {
            if ((in.get(at) & 0xFF) == HANDSHAKE_RECORD) {
                return true;
            }
            if (at + HEADER_BYTES > in.limit()) {
                return false;
            }
            int length = ((in.get(at + 3) & 0xFF) << 8) | (in.get(at + 4) & 0xFF);
            at += HEADER_BYTES + length;
        }
        return false;
    }
}
