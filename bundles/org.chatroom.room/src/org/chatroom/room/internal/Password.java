package org.chatroom.room.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The room's password and how many wrong tries one connection gets. Only a digest is kept; comparisons take the same
 * time whatever the guess. {@link #toString()} never shows the secret.
 */
public final class Password {

    /** No password: everybody may join. */
    public static final Password NONE = new Password("", 1);

    private final byte[] digest;
    private final int maxAttempts;

    /**
     * @param secret      the password, empty for none
     * @param maxAttempts wrong or missing passwords one connection may send before it is closed, at least 1
     */
    public Password(String secret, int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts < 1: " + maxAttempts);
        }
        this.digest = secret == null || secret.isEmpty() ? null : digest(secret);
        this.maxAttempts = maxAttempts;
    }

    public boolean required() {
        return digest != null;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    boolean matches(String guess) {
        return digest == null || MessageDigest.isEqual(digest, digest(guess));
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return required() ? "Password[***]" : "Password[none]";
    }
}
