package org.chatroom.transport.tls.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.chatroom.testing.ConfigurationMetatype;
import org.chatroom.transport.tls.internal.TlsTransportConfig;
import org.junit.jupiter.api.Test;

/**
 * The Metatype Service describes the TLS transport's PID with exactly the properties and defaults it reads, the
 * keystore password masked.
 */
class TlsTransportMetatypeTest {

    @Test
    void metatypeOfTheTlsTransportPidMatchesItsConfig() throws Exception {
        assertEquals(List.of(), ConfigurationMetatype.differences(TlsTransportConfig.class, TlsTransportConfig.PID,
                Set.of("keystore.password")));
    }
}
