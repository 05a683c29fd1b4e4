package org.chatroom.transport.socket.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.chatroom.api.transport.ClientTransport;
import org.chatroom.api.transport.CloseReason;
import org.chatroom.api.transport.Connection;
import org.chatroom.api.transport.ConnectionHandler;
import org.chatroom.api.transport.ServerTransport;
import org.chatroom.api.transport.TransportLimits;
import org.chatroom.transport.socket.connection.IoLoopGroup;
import org.chatroom.transport.socket.connection.NioClient;
import org.chatroom.transport.socket.connection.NioConnection;
import org.chatroom.transport.socket.connection.PlainCodec;
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
        NioConnection connection = NioClient.connect(loops, remote, timeout,
                (channel, loop) -> NioConnection.client("client-" + ids.incrementAndGet(), channel, loop,
                        PlainCodec.INSTANCE, handler, limits, GRACE_MILLIS, connections::remove));
        connections.add(connection);
        connection.startDelivering();
        return connection;
    }

    @Deactivate
    void deactivate() {
        List.copyOf(connections).forEach(c -> c.closeGracefully(CloseReason.SHUTDOWN, "transport stopped"));
        loops.shutdown(GRACE_MILLIS + 1000);
    }
}
