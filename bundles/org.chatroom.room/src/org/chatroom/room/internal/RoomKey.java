package org.chatroom.room.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The password of one room, stored in the room log's settings as {@code salt:hash} (PBKDF2 with HMAC-SHA-256), never
 * in clear text.
 */
final class RoomKey {

    private static final int ITERATIONS = 100_000;
    private static final HexFormat HEX = HexFormat.of();

    private RoomKey() {
    }

    /** @return the stored form of {@code password} */
    static String hash(String password) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return HEX.formatHex(salt) + ":" + HEX.formatHex(derive(password, salt));
    }

    /** @return whether {@code guess} is the password stored as {@code stored} */
    static boolean matches(String stored, String guess) {
        int colon = stored.indexOf(':');
        if (colon < 0) {
            return false;
        }
        byte[] salt = HEX.parseHex(stored, 0, colon);
        byte[] expected = HEX.parseHex(stored, colon + 1, stored.length());
        return MessageDigest.isEqual(expected, derive(guess, salt));
    }

    private static byte[] derive(String password, byte[] salt) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has PBKDF2WithHmacSHA256", e);
        }
    }
}
