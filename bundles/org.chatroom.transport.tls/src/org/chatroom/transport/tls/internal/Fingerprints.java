package org.chatroom.transport.tls.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;

/** SHA-256 fingerprints in the form {@code AB:CD:...} (32 pairs), as browsers and keytool show them. */
public final class Fingerprints {

    private Fingerprints() {
    }

    public static String sha256(Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            StringBuilder text = new StringBuilder(digest.length * 3);
            for (byte b : digest) {
                if (text.length() > 0) {
                    text.append(':');
                }
                text.append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
            return text.toString();
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint certificate", e);
        }
    }
}
