package org.chatroom.transport.tls.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Generates a self-signed EC (P-256) certificate and its key into a PKCS12 keystore by running the JDK's
 * {@code keytool} as a bounded process (Java has no public certificate-building API). The password reaches keytool
 * through its environment, never its command line.
 */
public final class Keytool {

    private static final long TIMEOUT_SECONDS = 60;
    private static final String PASSWORD_VARIABLE = "CHATROOM_KEYSTORE_PASSWORD";

    private Keytool() {
    }

    /** The keytool of the running JDK. */
    public static Path executable() {
        return Path.of(System.getProperty("java.home"), "bin", "keytool");
    }

    /**
     * Writes a new keystore {@code target} (which must not exist) holding key {@code alias} for {@code commonName},
     * valid 10 years.
     */
    public static void generate(Path target, String alias, char[] password, String commonName) throws IOException {
        Path keytool = executable();
        if (!Files.isExecutable(keytool)) {
            throw new IOException("cannot generate a certificate: no keytool at " + keytool);
        }
        Path output = Files.createTempFile(target.toAbsolutePath().getParent(), "keytool", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-noprompt",
                    "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA",
                    "-validity", "3650", "-dname", "CN=" + commonName, "-storetype", "PKCS12",
                    "-keystore", target.toString(), "-storepass:env", PASSWORD_VARIABLE));
            builder.environment().put(PASSWORD_VARIABLE, new String(password));
            builder.redirectErrorStream(true).redirectOutput(output.toFile());
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("keytool did not finish within " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0 || !Files.exists(target)) {
                throw new IOException("keytool failed (exit " + process.exitValue() + "): "
                        + Files.readString(output, StandardCharsets.UTF_8).strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while generating a certificate", e);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
