package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.chatroom.testing.ConfigurationMetatype;
import org.chatroom.ui.internal.bridge.ChatEventBridge;
import org.chatroom.ui.internal.log.ChatLogComponent;
import org.junit.jupiter.api.Test;

/** The Metatype Service describes the desktop's two PIDs (chat log, event bridge) as their annotations declare them. */
class UiMetatypeTest {

    @Test
    void metatypeOfTheChatLogPidMatchesItsConfig() throws Exception {
        assertEquals(List.of(), ConfigurationMetatype.differences(ChatLogComponent.Config.class, "org.chatroom.ui.log",
                Set.of()));
    }

    @Test
    void metatypeOfTheEventBridgePidMatchesItsConfig() throws Exception {
        assertEquals(List.of(), ConfigurationMetatype.differences(ChatEventBridge.Config.class,
                "org.chatroom.ui.bridge", Set.of()));
    }
}
