package org.chatroom.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

import org.chatroom.protocol.StrictUtf8;
import org.junit.jupiter.api.Test;

class StrictUtf8Test {

    @Test
    void decodesValidText() throws CharacterCodingException {
        String text = "ciao è 李 🙂";
        assertEquals(text, StrictUtf8.decode(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesMalformedInsteadOfReplacing() {
        byte[][] bad = { { (byte) 0xFF }, { 'a', (byte) 0xC3 }, { (byte) 0x80 }, { (byte) 0xC0, (byte) 0xAF },
                { (byte) 0xED, (byte) 0xA0, (byte) 0x80 } };
        for (byte[] bytes : bad) {
            assertThrows(CharacterCodingException.class, () -> StrictUtf8.decode(bytes));
            assertFalse(StrictUtf8.isValid(bytes));
        }
    }
}
