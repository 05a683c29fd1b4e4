package org.chatroom.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatroom.protocol.ClientCommand;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.ProtocolException;
import org.chatroom.protocol.SafeText;
import org.chatroom.protocol.TextRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Control, separator and bidi characters: refused in what members send, escaped where a client prints them. */
class TextRulesTest {

    /** CR, ESC, backspace, NUL, VT, FF, DEL, NEL, another C1, U+2028, U+2029, bidi embeddings, overrides, isolates. */
    static final String[] SPOOFS = { "\r\u001b[2K bob left the chat.", "a\u001b[31mred", "abc\b\b\bxyz", "nul\u0000",
            "v\u000bt", "f\u000cf", "del\u007f", "nel\u0085", "c1\u009b31m", "ls\u2028x", "ps\u2029x", "lre\u202ax",
            "rlo\u202etxt.exe", "pdf\u202c", "lri\u2066x", "pdi\u2069", "bell\u0007" };

    @ParameterizedTest
    @ValueSource(strings = { "MSG ", "ME ", "TOPIC ", "PRIV bob " })
    void textWithAControlIsRefusedWithBadText(String command) {
        for (String spoof : SPOOFS) {
            ProtocolException e = assertThrows(ProtocolException.class, () -> ClientCommand.parse(command + spoof),
                    command + spoof);
            assertEquals(ErrorCode.BAD_TEXT, e.code());
            assertTrue(e.getMessage().contains("\\x") || e.getMessage().contains("\\u"), e.getMessage());
        }
    }

    @Test
    void tabAndOrdinaryUnicodeAreAllowed() throws Exception {
        assertEquals(new ClientCommand.Msg("a\tb"), ClientCommand.parse("MSG a\tb"));
        assertEquals(new ClientCommand.Msg("שלום עולם 🙂 é"), ClientCommand.parse("MSG שלום עולם 🙂 é"));
        assertFalse(TextRules.forbidden('\t'));
        assertFalse(TextRules.forbidden(0x200f)); // right-to-left mark: a mark, not an override
    }

    @Test
    void theMessageNamesTheCharacterEscaped() {
        ProtocolException e = assertThrows(ProtocolException.class, () -> TextRules.check("x\u001by"));
        assertTrue(e.getMessage().contains("\\x1b"), e.getMessage());
    }

    @Test
    void safeTextEscapesWhatATerminalWouldActOn() {
        assertEquals("\\x0d\\x1b[2K bob left the chat.", SafeText.escape("\r\u001b[2K bob left the chat."));
        assertEquals("rlo\\u202etxt.exe", SafeText.escape("rlo\u202etxt.exe"));
        assertEquals("a\\x85b\\u2028c", SafeText.escape("a\u0085b\u2028c"));
        assertEquals("tab\tstays, ü too", SafeText.escape("tab\tstays, ü too"));
        for (String spoof : SPOOFS) {
            assertTrue(TextRules.firstForbidden(SafeText.escape(spoof)).isEmpty(), spoof);
        }
    }
}
