package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatroom.room.password.PasswordHash;
import org.junit.jupiter.api.Test;

/** The room password's salted PBKDF2 hash: what the configuration may hold instead of the password. */
class PasswordHashTest {

    @Test
    void aHashMatchesItsPasswordOnly() {
        PasswordHash hash = PasswordHash.of("open sesame", 1000);
        assertTrue(hash.matches("open sesame"));
        assertFalse(hash.matches("open sesame "));
        assertFalse(hash.matches("Open sesame"));
        assertFalse(hash.toString().contains("sesame"));
    }

    @Test
    void theEncodedFormRoundTripsAndIsSalted() {
        PasswordHash hash = PasswordHash.of("open sesame", 1000);
        String encoded = hash.encoded();
        assertTrue(encoded.matches("pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), encoded);
        assertFalse(encoded.contains("sesame"));
        assertTrue(PasswordHash.isEncoded(encoded));
        assertTrue(PasswordHash.parse(encoded).matches("open sesame"));
        assertEquals(encoded, PasswordHash.parse(encoded).encoded());
        assertNotEquals(encoded, PasswordHash.of("open sesame", 1000).encoded(), "a fresh salt each time");
    }

    @Test
    void newHashesAreSlow() {
        assertTrue(PasswordHash.DEFAULT_ITERATIONS >= 100_000);
        assertTrue(PasswordHash.of("x", PasswordHash.DEFAULT_ITERATIONS).encoded()
                .startsWith("pbkdf2-sha256$" + PasswordHash.DEFAULT_ITERATIONS + "$"));
    }

    @Test
    void aBrokenHashIsRefusedWithoutQuotingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PasswordHash.parse("pbkdf2-sha256$1000$c2FsdA$secret-ish"));
        assertFalse(e.getMessage().contains("secret-ish"));
        assertFalse(PasswordHash.isEncoded("hunter2"));
    }
}
