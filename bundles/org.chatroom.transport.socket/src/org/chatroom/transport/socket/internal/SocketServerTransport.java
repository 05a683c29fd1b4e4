package org.chatroom.transport.socket.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.chatroom.api.transport.ConnectionAcceptor;
import org.chatroom.api.transport.Endpoint;
import org.chatroom.api.transport.ServerTransport;
import org.chatroom.api.transport.TransportLimits;
import org.chatroom.transport.socket.connection.AddressLimits;
import org.chatroom.transport.socket.connection.AddressLimitsConfig;
import org.chatroom.transport.socket.connection.IoLoopConfig;
import org.chatroom.transport.socket.connection.IoLoopGroup;
import org.chatroom.transport.socket.connection.ListeningEndpoint;
import org.chatroom.transport.socket.connection.PlainCodec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/** Non-blocking TCP server transport: a few selector threads serve every connection. */
@Component(service = ServerTransport.class, property = ServerTransport.TYPE + "=tcp",
        configurationPid = SocketTransportConfig.PID)
@Designate(ocd = SocketTransportMetatype.class)
public final class SocketServerTransport implements ServerTransport {

    private final Logger logger;
    private final SocketTransportConfig config;
    private final AddressLimits admission;
    private final IoLoopGroup loops;
    private final Set<ListeningEndpoint> endpoints = ConcurrentHashMap.newKeySet();

    @Activate
    public SocketServerTransport(@Reference(service = LoggerFactory.class) Logger logger, SocketTransportConfig config,
            AddressLimitsConfig limits, IoLoopConfig loopConfig) throws IOException {
        this.logger = logger;
        this.config = config;
        this.admission = AddressLimits.of(limits);
        int threads = config.io_threads() > 0 ? config.io_threads() : IoLoopGroup.defaultThreads();
        this.loops = new IoLoopGroup("chatroom-tcp-server", threads, logger, loopConfig.write_gather_micros());
    }

    @Override
    public Endpoint listen(InetSocketAddress bind, TransportLimits limits, ConnectionAcceptor acceptor)
            throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open();
        try {
            server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            server.bind(bind, config.backlog());
            server.configureBlocking(false);
            ListeningEndpoint endpoint = new ListeningEndpoint(server, loops, limits, acceptor,
                    new ListeningEndpoint.Settings(() -> PlainCodec.INSTANCE, false, true, config.close_grace_millis(),
                            admission),
                    logger, endpoints::remove);
            endpoints.add(endpoint);
            endpoint.start();
            logger.info("listening on {}", endpoint.localAddress());
            return endpoint;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    @Deactivate
    void deactivate() {
        List.copyOf(endpoints).forEach(ListeningEndpoint::close);
        loops.shutdown(config.close_grace_millis() + 1000);
    }
}
