package org.chatroom.transport.tls.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.chatroom.testing.ConfigurationMetatype;
import org.chatroom.transport.socket.connection.AddressLimitsConfig;
import org.chatroom.transport.socket.connection.IoLoopConfig;
import org.chatroom.transport.tls.internal.TlsTransportConfig;
import org.junit.jupiter.api.Test;

/**
 * The Metatype Service describes the TLS transport's PID with exactly the properties and defaults it reads (its own
 * and the admission limits it shares with the TCP transport), and the limits' defaults are PROTOCOL.md's numbers.
 */
class TlsTransportMetatypeTest {

    /** PROTOCOL.md section 6 ("Admission limits": both transports, same keys and defaults). */
    private static final Map<String, Double> SPEC = Map.of("max.connections", 20_000.0,
            "max.connections.per.address", 64.0, "connections.per.second.per.address", 100.0,
            "connection.burst.per.address", 200.0, "max.handshakes.per.address", 16.0,
            "refusal.log.interval.seconds", 60.0, "accept.pause.millis", 200.0);

    @Test
    void metatypeOfTheTlsTransportPidMatchesItsConfig() throws Exception {
        assertEquals(List.of(), ConfigurationMetatype.differences(
                List.of(TlsTransportConfig.class, AddressLimitsConfig.class, IoLoopConfig.class), TlsTransportConfig.PID,
                Set.of("keystore.password")));
    }

    @Test
    void admissionDefaultsAreTheNumbersOfTheSpec() throws Exception {
        Map<String, String> described = ConfigurationMetatype.defaults(TlsTransportConfig.class, TlsTransportConfig.PID);
        Map<String, Double> limits = new TreeMap<>();
        SPEC.keySet().forEach(key -> limits.put(key,
                described.get(key) == null || described.get(key).isEmpty() ? null : Double.valueOf(described.get(key))));
        assertEquals(new TreeMap<>(SPEC), limits);
    }
}
