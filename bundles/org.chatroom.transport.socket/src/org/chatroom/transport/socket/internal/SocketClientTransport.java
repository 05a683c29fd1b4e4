package org.chatroom.transport.socket.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.chatroom.api.transport.ClientTransport;
import org.chatroom.api.transport.CloseReason;
import org.chatroom.api.transport.Connection;
import org.chatroom.api.transport.ConnectionHandler;
import org.chatroom.api.transport.ServerTransport;
import org.chatroom.api.transport.TransportLimits;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/** Non-blocking TCP client transport with one selector thread of its own. */
@Component(service = ClientTransport.class, property = ServerTransport.TYPE + "=tcp")
public final class SocketClientTransport implements ClientTransport {

    private static final long GRACE_MILLIS = 2000;

    private final IoLoopGroup loops;
    private final Set<NioConnection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicLong ids = new AtomicLong();

    @Activate
    public SocketClientTransport(@Reference(service = LoggerFactory.class) Logger logger) throws IOException {
        this.loops = new IoLoopGroup("chatroom-tcp-client", 1, logger);
    }

    @Override
    public Connection connect(InetSocketAddress remote, TransportLimits limits, ConnectionHandler handler,
            Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        SocketChannel channel = SocketChannel.open();
        try {
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.socket().connect(remote, (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis())));
            channel.configureBlocking(false);
            IoLoop loop = loops.next();
            NioConnection connection = new NioConnection("client-" + ids.incrementAndGet(), channel, loop, handler,
                    limits, GRACE_MILLIS, connections::remove);
            CompletableFuture<Void> registered = new CompletableFuture<>();
            loop.execute(() -> {
                try {
                    connection.register(false);
                    registered.complete(null);
                } catch (IOException | RuntimeException e) {
                    registered.completeExceptionally(e);
                }
            });
            long left = Math.max(1, deadline - System.nanoTime());
            registered.get(left, TimeUnit.NANOSECONDS);
            connections.add(connection);
            handler.opened(connection);
            connection.enableReads();
            return connection;
        } catch (ExecutionException e) {
            channel.close();
            throw new IOException("cannot register connection to " + remote, e.getCause());
        } catch (TimeoutException e) {
            channel.close();
            throw new SocketTimeoutException("connect to " + remote + " timed out");
        } catch (InterruptedException e) {
            channel.close();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while connecting to " + remote, e);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Deactivate
    void deactivate() {
        List.copyOf(connections).forEach(c -> c.closeGracefully(CloseReason.SHUTDOWN, "transport stopped"));
        loops.shutdown(GRACE_MILLIS + 1000);
    }
}
