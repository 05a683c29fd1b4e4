package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ChatListener;
import org.chatroom.testing.Services;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

/** What the start leaves in the workbench's log: the desktop's components activate without an error. */
class StartLogTest {

    private static final String CYCLE = "Circular reference detected";

    @Test
    void theClientAndTheEventBridgeActivateWithoutACircularReference() throws IOException {
        Services.require(ChatClient.class, null);
        Services.require(ChatListener.class, "(component.name=org.chatroom.ui.internal.bridge.ChatEventBridge)");
        Path log = Platform.getLogFileLocation().toFile().toPath();
        String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        int at = text.indexOf(CYCLE);
        assertFalse(at >= 0, () -> "SCR logged a cycle: " + text.substring(at, Math.min(text.length(), at + 600)));
    }
}
