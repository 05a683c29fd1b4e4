package org.chatroom.transport.tls.tests;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocket;

import org.chatroom.testing.tls.TrustAnyServer;

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
        SSLEngine engine = TrustAnyServer.context().createSSLEngine("127.0.0.1", 1);
        engine.setUseClientMode(true);
        engine.beginHandshake();
        ByteBuffer out = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
        engine.wrap(ByteBuffer.allocate(0), out);
        out.flip();
        byte[] hello = new byte[out.remaining()];
        out.get(hello);
        return hello;
    }

    private static SSLSocket connect(Socket raw, InetSocketAddress address, String... protocols) throws IOException {
        try {
            SSLSocket socket = (SSLSocket) TrustAnyServer.context().getSocketFactory().createSocket(raw,
                    address.getHostString(), address.getPort(), true);
            if (protocols.length > 0) {
                socket.setEnabledProtocols(protocols);
            }
            socket.setSoTimeout(5000);
            socket.startHandshake();
            return socket;
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }
}
