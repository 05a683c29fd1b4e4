package org.chatroom.loadtest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/** What lies between a client's socket and its bytes: nothing ({@link #PLAIN}) or TLS ({@link TlsWire}). */
interface Wire {

    Wire PLAIN = new Wire() {
        @Override
        public int read(SocketChannel channel, ByteBuffer plain) throws IOException {
            return channel.read(plain);
        }

        @Override
        public void write(SocketChannel channel, ByteBuffer plain) throws IOException {
            channel.write(plain);
        }

        @Override
        public boolean pending() {
            return false;
        }
    };

    /** Called once connected: starts a handshake if there is one. */
    default void start(SocketChannel channel) throws IOException {
    }

    /** Reads what the socket has and puts the decoded bytes into {@code plain}; -1 at the end of the stream. */
    int read(SocketChannel channel, ByteBuffer plain) throws IOException;

    /** Writes as much of {@code plain} as the socket takes now (none before a handshake is done). */
    void write(SocketChannel channel, ByteBuffer plain) throws IOException;

    /** Whether encoded bytes wait for the socket to take them. */
    boolean pending();
}
