package org.chatroom.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.chatroom.client.internal.ClientConfig;
import org.chatroom.testing.ConfigurationMetatype;
import org.junit.jupiter.api.Test;

/** The Metatype Service describes the chat client's PID with exactly the properties and defaults it reads. */
class ClientMetatypeTest {

    @Test
    void metatypeOfTheClientPidMatchesClientConfig() throws Exception {
        assertEquals(List.of(), ConfigurationMetatype.differences(ClientConfig.class, ClientConfig.PID, Set.of()));
    }
}
