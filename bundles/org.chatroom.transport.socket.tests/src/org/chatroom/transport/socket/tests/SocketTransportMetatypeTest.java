package org.chatroom.transport.socket.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.chatroom.testing.ConfigDefaults;
import org.chatroom.testing.ConfigurationMetatype;
import org.chatroom.transport.socket.connection.AddressLimits;
import org.chatroom.transport.socket.connection.AddressLimitsConfig;
import org.chatroom.transport.socket.connection.IoLoopConfig;
import org.chatroom.transport.socket.internal.SocketTransportConfig;
import org.junit.jupiter.api.Test;

/**
 * The Metatype Service describes the TCP transport's PID with exactly the properties and defaults it reads (its own
 * and the shared admission limits), and those defaults are PROTOCOL.md's numbers.
 */
class SocketTransportMetatypeTest {

    /** PROTOCOL.md section 6 ("Admission limits") and README "Hardening": the defaults as the spec states them. */
    static final Map<String, Double> SPEC = Map.of("max.connections", 20_000.0, "max.connections.per.address", 64.0,
            "connections.per.second.per.address", 100.0, "connection.burst.per.address", 200.0,
            "max.handshakes.per.address", 16.0, "refusal.log.interval.seconds", 60.0, "accept.pause.millis", 200.0);

    @Test
    void metatypeOfTheTcpTransportPidMatchesItsConfig() throws Exception {
        assertEquals(List.of(), ConfigurationMetatype.differences(
                List.of(SocketTransportConfig.class, AddressLimitsConfig.class, IoLoopConfig.class),
                SocketTransportConfig.PID, Set.of()));
    }

    @Test
    void admissionDefaultsAreTheNumbersOfTheSpec() throws Exception {
        assertEquals(new TreeMap<>(SPEC), limitDefaults(ConfigurationMetatype.defaults(SocketTransportConfig.class,
                SocketTransportConfig.PID)));
        assertEquals(AddressLimits.DEFAULT, AddressLimits.of(ConfigDefaults.of(AddressLimitsConfig.class)),
                "AddressLimits.DEFAULT is what a configuration that sets nothing gives");
    }

    /** The described defaults of the spec's keys, as numbers ({@code null} where none is described). */
    static Map<String, Double> limitDefaults(Map<String, String> described) {
        Map<String, Double> limits = new TreeMap<>();
        SPEC.keySet().forEach(key -> limits.put(key,
                described.get(key) == null || described.get(key).isEmpty() ? null : Double.valueOf(described.get(key))));
        return limits;
    }
}
