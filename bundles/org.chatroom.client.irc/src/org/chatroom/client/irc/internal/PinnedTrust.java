package org.chatroom.client.irc.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Trust in the one server certificate the user named by its SHA-256 fingerprint
 * ({@code ClientSettings.tlsFingerprint}): for a server with a self-signed certificate, such as a Chatroom host's IRC
 * listener, whose fingerprint the host passes on. That certificate is trusted whoever signed it and whatever host
 * it names (the fingerprint names the certificate itself, as irssi's and WeeChat's fingerprint options do); any other
 * is refused, naming both.
 */
final class PinnedTrust implements X509TrustManager {

    private static final int SHA256_HEX = 64;
    /** Fingerprints as hosts show them: {@code AB:CD:...}. */
    private static final HexFormat COLONS = HexFormat.ofDelimiter(":").withUpperCase();

    private final String expected; // AB:CD:...

    private PinnedTrust(String expected) {
        this.expected = expected;
    }

    /** @throws SSLException when {@code fingerprint} is not a SHA-256 fingerprint, or TLS is not available */
    static SSLSocketFactory factory(String fingerprint) throws SSLException {
        String hex = fingerprint.replaceAll("[:\\s]", "").toUpperCase(Locale.ROOT);
        if (hex.length() != SHA256_HEX || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new SSLException(Texts.format("tls.badFingerprint", fingerprint));
        }
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            PinnedTrust trust = new PinnedTrust(COLONS.formatHex(HexFormat.of().parseHex(hex)));
            context.init(null, new TrustManager[] { trust }, new SecureRandom());
            return context.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new SSLException(e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("no server certificate");
        }
        String presented = fingerprint(chain[0]);
        if (!presented.equals(expected)) {
            throw new CertificateException(Texts.format("tls.otherFingerprint", presented, expected));
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("a client's certificate is not checked here");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }

    private static String fingerprint(X509Certificate certificate) throws CertificateException {
        try {
            return COLONS.formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new CertificateException(e);
        }
    }
}
