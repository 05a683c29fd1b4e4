package org.chatroom.testing.tls;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A TLS client context that trusts any server certificate, for clients that test or measure a room on loopback and
 * check nothing about who runs it. JDK only: this folder is compiled into the test fixtures bundle (for the TLS
 * transport's tests) and into the load tool (which has no dependencies), so both use this one copy.
 */
public final class TrustAnyServer {

    private TrustAnyServer() {
    }

    /** @return a fresh context whose trust manager accepts every server */
    public static SSLContext context() {
        return context(() -> {
        });
    }

    /**
     * @param serverChecked called each time a server's certificate is presented, i.e. once per full handshake (a
     *                      resumed session shows none)
     * @return a fresh context whose trust manager accepts every server
     */
    public static SSLContext context(Runnable serverChecked) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] { trustManager(serverChecked) }, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no TLS in this JVM", e);
        }
    }

    /**
     * The trust manager of {@link #context(Runnable)}, for a client built by another TLS library (the load tool's
     * native clients).
     */
    public static X509TrustManager trustManager(Runnable serverChecked) {
        return new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                // a client's context: never asked
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                serverChecked.run(); // any room: the callers check nothing about the server
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
    }
}
