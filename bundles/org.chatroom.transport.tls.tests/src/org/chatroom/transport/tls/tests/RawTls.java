package org.chatroom.transport.tls.tests;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** A bare TLS client socket that trusts anything, for tests that must control reading themselves. */
final class RawTls {

    private RawTls() {
    }

    static SSLSocket connect(InetSocketAddress address, String... protocols) throws IOException {
        return connect(new Socket(address.getAddress(), address.getPort()), address, protocols);
    }

    /** From the local address {@code source} (127.0.0.4 stands for another host). */
    static SSLSocket connectFrom(String source, InetSocketAddress address) throws IOException {
        return connect(new Socket(address.getAddress(), address.getPort(), InetAddress.getByName(source), 0), address);
    }

    /** A client hello as a JDK client sends it first, for fuzzing. */
    static byte[] clientHello() throws IOException {
        try {
            SSLEngine engine = trustingContext().createSSLEngine("127.0.0.1", 1);
            engine.setUseClientMode(true);
            engine.beginHandshake();
            ByteBuffer out = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
            engine.wrap(ByteBuffer.allocate(0), out);
            out.flip();
            byte[] hello = new byte[out.remaining()];
            out.get(hello);
            return hello;
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private static SSLSocket connect(Socket raw, InetSocketAddress address, String... protocols) throws IOException {
        try {
            SSLSocket socket = (SSLSocket) trustingContext().getSocketFactory().createSocket(raw,
                    address.getHostString(), address.getPort(), true);
            if (protocols.length > 0) {
                socket.setEnabledProtocols(protocols);
            }
            socket.setSoTimeout(5000);
            socket.startHandshake();
            return socket;
        } catch (GeneralSecurityException e) {
            raw.close();
            throw new IOException(e);
        }
    }

    private static SSLContext trustingContext() throws GeneralSecurityException {
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
        return context;
    }
}
