package org.chatroom.transport.socket.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.chatroom.testing.ConfigurationMetatype;
import org.chatroom.transport.socket.internal.SocketTransportConfig;
import org.junit.jupiter.api.Test;

/** The Metatype Service describes the TCP transport's PID with exactly the properties and defaults it reads. */
class SocketTransportMetatypeTest {

    @Test
    void metatypeOfTheTcpTransportPidMatchesItsConfig() throws Exception {
        assertEquals(List.of(), ConfigurationMetatype.differences(SocketTransportConfig.class,
                SocketTransportConfig.PID, Set.of()));
    }
}
