package org.chatroom.room.password;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted slow hash of the room's password, PBKDF2 with HMAC-SHA256 from the JDK, spelled
 * {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (salt and hash in unpadded Base64), which is what the configuration may
 * hold instead of the password. {@value #DEFAULT_ITERATIONS} iterations cost about 80 ms of CPU on the project's
 * 2-core machine ({@code releng/scripts/secrets-cost.sh}: 56 ms at 100,000, 107 ms at 200,000, 282 ms at 600,000):
 * slow for a guesser with a copy of the hash, still quick for one join. Comparisons take the same time
 * whatever the guess. Immutable, thread safe. Shared with {@code chatroom-server}, which hashes a password before
 * it goes into the configuration.
 */
public final class PasswordHash {

    /** Iterations of new hashes. */
    public static final int DEFAULT_ITERATIONS = 150_000;

    private static final String SCHEME = "pbkdf2-sha256";
    private static final Pattern ENCODED = Pattern.compile(
            Pattern.quote(SCHEME) + "\\$([1-9]\\d{0,8})\\$([A-Za-z0-9+/]{16,})\\$([A-Za-z0-9+/]{43})");
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private PasswordHash(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    /** Hashes {@code secret} with a fresh random salt. */
    public static PasswordHash of(String secret, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PasswordHash(iterations, salt, pbkdf2(secret, salt, iterations));
    }

    /** @return whether {@code text} is spelled like an encoded hash (rather than a password in clear text) */
    public static boolean isEncoded(String text) {
        return text != null && text.startsWith(SCHEME + "$");
    }

    /** @throws IllegalArgumentException when {@code encoded} is not a hash in this form (never quoting it) */
    public static PasswordHash parse(String encoded) {
        Matcher m = ENCODED.matcher(encoded);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a valid " + SCHEME + " hash");
        }
        Base64.Decoder base64 = Base64.getDecoder();
        return new PasswordHash(Integer.parseInt(m.group(1)), base64.decode(m.group(2)), base64.decode(m.group(3)));
    }

    /** @return whether {@code guess} is the password, in a time that does not depend on how close it is */
    public boolean matches(String guess) {
        return MessageDigest.isEqual(hash, pbkdf2(guess, salt, iterations));
    }

    /** The form the configuration may hold. */
    public String encoded() {
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    @Override
    public String toString() {
        return "PasswordHash[" + SCHEME + ", " + iterations + " iterations]";
    }

    private static byte[] pbkdf2(String secret, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 17 runtime has PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }
}
