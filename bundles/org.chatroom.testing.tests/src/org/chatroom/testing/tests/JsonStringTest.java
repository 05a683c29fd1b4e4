package org.chatroom.testing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.chatroom.testing.internal.JsonString;
import org.junit.jupiter.api.Test;

/** The original client prints each chunk with Python's json.dumps; the fixture must read it back exactly. */
class JsonStringTest {

    @Test
    void decodesWhatJsonDumpsWrites() {
        assertEquals("", JsonString.decode("\"\""));
        assertEquals("alice: {quit} \"x\" \\ /", JsonString.decode("\"alice: {quit} \\\"x\\\" \\\\ /\""));
        assertEquals("a\nb\r\tc", JsonString.decode("\"a\\nb\\r\\tc\""));
        assertEquals("ça 😀", JsonString.decode("\"\\u00e7a \\ud83d\\ude00\""));
    }

    @Test
    void rejectsWhatIsNotOneString() {
        assertThrows(IllegalArgumentException.class, () -> JsonString.decode("alice"));
        assertThrows(IllegalArgumentException.class, () -> JsonString.decode("\"a\"b\""));
        assertThrows(IllegalArgumentException.class, () -> JsonString.decode("\"\\u+0e7\""));
        assertThrows(IllegalArgumentException.class, () -> JsonString.decode("\"\\q\""));
    }
}
