package org.chatroom.transport.tls.tests;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** A bare TLS client socket that trusts anything, for tests that must control reading themselves. */
final class RawTls {

    private RawTls() {
    }

    static SSLSocket connect(InetSocketAddress address, String... protocols) throws IOException {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] { new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                    // not used by a client
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                    // the test checks nothing about the server
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            } }, null);
            Socket raw = new Socket(address.getAddress(), address.getPort());
            SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(raw, address.getHostString(),
                    address.getPort(), true);
            if (protocols.length > 0) {
                socket.setEnabledProtocols(protocols);
            }
            socket.setSoTimeout(5000);
            socket.startHandshake();
            return socket;
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }
}
