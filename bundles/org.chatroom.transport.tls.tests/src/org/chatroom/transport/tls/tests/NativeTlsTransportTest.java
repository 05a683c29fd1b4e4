package org.chatroom.transport.tls.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;

import javax.net.ssl.SSLSocket;

import org.chatroom.api.transport.Endpoint;
import org.chatroom.api.transport.TransportLimits;
import org.chatroom.testing.RecordingHandler;
import org.junit.jupiter.api.Test;

import io.netty.handler.ssl.OpenSsl;

/**
 * {@link TlsTransportTest} on BoringSSL through netty-tcnative ({@code engine=native}), which this test runtime
 * (Linux x86_64) must load: a failure to load fails {@code listen} here rather than falling back to the JDK.
 */
class NativeTlsTransportTest extends TlsTransportTest {

    @Override
    String engine() {
        return "native";
    }

    /** BoringSSL computes the handshake within wrap and unwrap, on the I/O loop: nothing to assert. */
    @Override
    void assertWhereHandshakesRan() {
        // no delegated tasks
    }

    @Test
    void theNativeEngineServesWhenConfigured() {
        assertTimeoutPreemptively(BOUND, () -> {
            try (Endpoint another = server().listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                    TransportLimits.DEFAULT, new RecordingHandler());
                    SSLSocket socket = RawTls.connect(another.localAddress())) {
                assertTrue(server().engineName().startsWith("native (BoringSSL"), server().engineName());
                assertEquals("TLSv1.3", socket.getSession().getProtocol());
                assertTrue(OpenSsl.isAvailable(), "netty-tcnative loaded: " + OpenSsl.unavailabilityCause());
            }
        });
    }
}
