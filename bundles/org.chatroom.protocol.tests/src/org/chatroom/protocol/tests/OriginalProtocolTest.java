package org.chatroom.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatroom.protocol.OriginalProtocol;
import org.junit.jupiter.api.Test;

/** The original texts must equal the seed server's byte for byte (see the seed's manage_client and broadcast). */
class OriginalProtocolTest {

    @Test
    void seedTextsAreUnchanged() {
        assertEquals("Please enter your name and press Enter", OriginalProtocol.PROMPT);
        assertEquals("Welcome to the chat alice. Write {quit} to leave.", OriginalProtocol.welcome("alice"));
        assertEquals("alice joined the chat", OriginalProtocol.joined("alice"));
        assertEquals("alice: hello world", OriginalProtocol.message("alice", "hello world"));
        assertEquals("{quit}", OriginalProtocol.QUIT);
        assertEquals("alice left the chat.", OriginalProtocol.left("alice"));
    }

    @Test
    void extendedEventsAsPlainText() {
        assertEquals("* alice waves", OriginalProtocol.action("alice", "waves"));
        assertEquals("alice is now known as alicia", OriginalProtocol.nickChanged("alice", "alicia"));
        assertEquals("alice set the topic: Friday release", OriginalProtocol.topic("alice", "Friday release"));
        assertEquals("alice cleared the topic", OriginalProtocol.topic("alice", ""));
        assertEquals("Room notice: closing", OriginalProtocol.notice("closing"));
        assertEquals("Error: too long", OriginalProtocol.error("too long"));
        assertEquals("(private) bob: psst", OriginalProtocol.privateMessage("bob", "psst"));
        assertEquals("That name is taken, choose another one. Please enter your name and press Enter",
                OriginalProtocol.nameRetry("That name is taken, choose another one."));
    }

    @Test
    void quitIsExact() {
        assertTrue(OriginalProtocol.isQuit("{quit}"));
        assertFalse(OriginalProtocol.isQuit("{quit} "));
        assertFalse(OriginalProtocol.isQuit("{QUIT}"));
    }
}
