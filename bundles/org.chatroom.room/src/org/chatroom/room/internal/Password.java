package org.chatroom.room.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.chatroom.room.password.PasswordHash;

/**
 * The room's password and how many wrong tries one connection gets. Only a salted slow hash is kept
 * ({@link PasswordHash}); the configuration may give it already hashed, or in clear text, which is hashed here.
 * Once a guess has been found right, later right guesses are recognised by a keyed digest with a key that exists only
 * in this process, so that joining does not cost the slow hash every time; every other guess costs it. Comparisons
 * take the same time whatever the guess. {@link #toString()} never shows the secret. Thread safe.
 */
public final class Password {

    /** No password: everybody may join. */
    public static final Password NONE = new Password("", 1);

    private final PasswordHash hash; // null for none
    private final int maxAttempts;
    private final byte[] memoKey = new byte[32];
    private volatile byte[] memo; // keyed digest of a guess found right

    /**
     * @param configured  the password in clear text, or hashed ({@link PasswordHash#encoded()}); empty for none
     * @param maxAttempts wrong or missing passwords one connection may send before it is closed, at least 1
     * @throws IllegalArgumentException when {@code configured} looks hashed but is not a valid hash
     */
    public Password(String configured, int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts < 1: " + maxAttempts);
        }
        if (configured == null || configured.isEmpty()) {
            this.hash = null;
        } else {
            this.hash = PasswordHash.isEncoded(configured) ? PasswordHash.parse(configured)
                    : PasswordHash.of(configured, PasswordHash.DEFAULT_ITERATIONS);
        }
        this.maxAttempts = maxAttempts;
        new SecureRandom().nextBytes(memoKey);
    }

    public boolean required() {
        return hash != null;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    boolean matches(String guess) {
        if (hash == null) {
            return true;
        }
        if (guess.isEmpty()) {
            return false;
        }
        byte[] digest = memo(guess);
        byte[] known = memo;
        if (known != null && MessageDigest.isEqual(known, digest)) {
            return true;
        }
        boolean right = hash.matches(guess);
        if (right) {
            memo = digest;
        }
        return right;
    }

    private byte[] memo(String guess) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(memoKey, "HmacSHA256"));
            return mac.doFinal(guess.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    @Override
    public String toString() {
        return required() ? "Password[***]" : "Password[none]";
    }
}
