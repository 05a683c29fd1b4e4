package org.chatroom.transport.socket.connection;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.time.Duration;

/** Opens client connections on an {@link IoLoopGroup}: the one connect sequence of every client transport. */
public final class NioClient {

    /** Makes the connection object for a connected channel, on the loop given. */
    @FunctionalInterface
    public interface Factory<C extends NioConnection> {
        C create(SocketChannel channel, IoLoop loop);
    }

    private NioClient() {
    }

    /**
     * Connects to {@code remote} and waits until the connection's codec is established (its handshake done), all
     * within {@code timeout}. The caller then checks what it must and calls {@link NioConnection#startDelivering()}.
     *
     * @throws SocketTimeoutException when the time ran out
     * @throws IOException            when the connection failed, with the reason
     */
    public static <C extends NioConnection> C connect(IoLoopGroup loops, InetSocketAddress remote, Duration timeout,
            Factory<C> factory) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        SocketChannel channel = SocketChannel.open();
        try {
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.socket().connect(remote, (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis())));
            channel.configureBlocking(false);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        C connection = factory.create(channel, loops.next());
        connection.registerLater();
        connection.awaitEstablished(deadline);
        return connection;
    }
}
