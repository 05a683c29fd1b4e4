package org.chatroom.client.irc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.chatroom.api.client.ChatClient;
import org.chatroom.client.irc.internal.IrcConfig;
import org.chatroom.testing.ConfigurationMetatype;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The Metatype Service describes the IRC client's PID as IrcConfig declares it, and the ChatClient a UI gets is the
 * protocol switch.
 */
class IrcMetatypeTest {

    @Test
    void metatypeOfTheIrcPidMatchesIrcConfig() throws Exception {
        assertEquals(List.of(), ConfigurationMetatype.differences(IrcConfig.class, IrcConfig.PID, Set.of()));
    }

    @Test
    void theHighestRankedChatClientIsTheProtocolSwitch() throws Exception {
        try (IrcFixture fixture = new IrcFixture()) {
            // both clients registered now
        }
        BundleContext context = FrameworkUtil.getBundle(IrcMetatypeTest.class).getBundleContext();
        assertEquals(2, context.getServiceReferences(ChatClient.class, null).size());
        ServiceReference<ChatClient> best = context.getServiceReference(ChatClient.class);
        assertEquals("protocol-switch", best.getProperty("chat.client"));
    }
}
