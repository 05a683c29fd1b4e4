package org.chatroom.transport.tls.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;

import org.chatroom.api.transport.Endpoint;
import org.chatroom.api.transport.TransportLimits;
import org.chatroom.testing.RecordingHandler;
import org.junit.jupiter.api.Test;

/** {@link TlsTransportTest} on the JDK's engine ({@code engine=jdk}), the fallback where the native one cannot load. */
class JdkTlsTransportTest extends TlsTransportTest {

    @Override
    String engine() {
        return "jdk";
    }

    /** The JDK engine's expensive steps (key agreement, signature) run on the handshake threads, not the I/O loop. */
    @Override
    void assertWhereHandshakesRan() {
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().startsWith("chatroom-tls-handshake-")),
                "the server's handshake tasks ran on its handshake threads");
    }

    @Test
    void theJdkEngineServesWhenConfigured() {
        assertTimeoutPreemptively(BOUND, () -> {
            try (Endpoint another = server().listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                    TransportLimits.DEFAULT, new RecordingHandler())) {
                assertEquals("jdk", server().engineName());
            }
        });
    }
}
