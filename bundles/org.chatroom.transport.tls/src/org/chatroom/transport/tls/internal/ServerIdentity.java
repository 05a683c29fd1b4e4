package org.chatroom.transport.tls.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The room's key and certificate as an {@link SSLContext}, with the certificate's SHA-256 fingerprint: from a
 * configured PKCS12 keystore, or generated self-signed once into a directory and reused after.
 *
 * @param context     server-side TLS context of the JDK's engine
 * @param key         the private key, for the native engine ({@link NativeEngines})
 * @param chain       the certificate chain, the room's certificate first
 * @param fingerprint SHA-256 fingerprint of the certificate
 * @param source      where the key came from, for the log (never the password)
 */
public record ServerIdentity(SSLContext context, PrivateKey key, List<X509Certificate> chain, String fingerprint,
        String source) {

    static final String GENERATED_KEYSTORE = "server.p12";
    static final String GENERATED_SECRET = "server.p12.password";
    static final String GENERATED_ALIAS = "chatroom";

    /** Loads key {@code alias} (empty for the first key entry) of the PKCS12 keystore {@code path}. */
    public static ServerIdentity load(Path path, char[] password, String alias) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String chosen = alias.isBlank() ? firstKey(store, path) : alias;
            KeyStore.PasswordProtection protection = new KeyStore.PasswordProtection(password);
            if (!(store.getEntry(chosen, protection) instanceof KeyStore.PrivateKeyEntry entry)) {
                throw new IOException("keystore " + path + " has no key entry '" + chosen + "'");
            }
            KeyStore single = KeyStore.getInstance("PKCS12");
            single.load(null, null);
            single.setEntry(chosen, entry, protection);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(single, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            String fingerprint = Fingerprints.sha256((X509Certificate) entry.getCertificate());
            List<X509Certificate> chain = Arrays.stream(entry.getCertificateChain())
                    .map(X509Certificate.class::cast).toList();
            return new ServerIdentity(context, entry.getPrivateKey(), chain, fingerprint,
                    path + " (" + chosen + ")");
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot load keystore " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * The self-signed identity kept in {@code directory}: generated (through {@link Keytool}) when missing, with a
     * random password kept beside it, both readable by the owner only (the keystore, which holds the private key,
     * was readable by everyone; one kept so by an earlier version is made the owner's only here).
     */
    public static ServerIdentity generated(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path keystore = directory.resolve(GENERATED_KEYSTORE);
        Path secret = directory.resolve(GENERATED_SECRET);
        if (!Files.exists(keystore) || !Files.exists(secret)) {
            char[] password = randomPassword();
            Path fresh = directory.resolve(GENERATED_KEYSTORE + ".new");
            Files.deleteIfExists(fresh);
            Keytool.generate(fresh, GENERATED_ALIAS, password, "Chatroom room");
            ownerOnly(fresh);
            writeOwnerOnly(secret, new String(password));
            Files.move(fresh, keystore, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        ownerOnly(keystore);
        ownerOnly(secret);
        char[] password = Files.readString(secret, StandardCharsets.UTF_8).strip().toCharArray();
        return load(keystore, password, GENERATED_ALIAS);
    }

    private static String firstKey(KeyStore store, Path path) throws GeneralSecurityException, IOException {
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                return alias;
            }
        }
        throw new IOException("keystore " + path + " holds no key");
    }

    private static char[] randomPassword() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(file).equals(PosixFilePermissions.fromString("rw-------"))) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the folder's access rules apply
        }
    }

    private static void writeOwnerOnly(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
