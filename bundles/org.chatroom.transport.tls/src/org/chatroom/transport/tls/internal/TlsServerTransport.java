package org.chatroom.transport.tls.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.chatroom.api.transport.ConnectionAcceptor;
import org.chatroom.api.transport.SecureEndpoint;
import org.chatroom.api.transport.ServerTransport;
import org.chatroom.api.transport.TransportLimits;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * TLS server transport ({@code chat.transport=tls}). Its endpoints are {@link SecureEndpoint}s, which tell the
 * certificate's fingerprint. The key comes from the configured PKCS12 keystore or, when none is configured, from a
 * self-signed certificate generated on the first {@link #listen} into the bundle's data area and reused after.
 * Blocking sockets with two threads per connection: meant for rooms of hundreds of members, not thousands.
 */
@Component(service = ServerTransport.class, property = ServerTransport.TYPE + "=tls",
        configurationPid = TlsTransportConfig.PID)
@Designate(ocd = TlsTransportConfig.class)
public final class TlsServerTransport implements ServerTransport {

    private final Logger logger;
    private final TlsTransportConfig config;
    private final Path dataArea;
    private final ScheduledExecutorService timer;
    private final Set<TlsEndpoint> endpoints = ConcurrentHashMap.newKeySet();
    private ServerIdentity identity; // guarded by this

    @Activate
    public TlsServerTransport(@Reference(service = LoggerFactory.class) Logger logger, TlsTransportConfig config,
            BundleContext context) {
        this.logger = logger;
        this.config = config;
        this.dataArea = context.getDataFile("").toPath();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "chatroom-tls-server-timer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The identity, loaded or generated on first use. */
    synchronized ServerIdentity identity() throws IOException {
        if (identity == null) {
            if (config.keystore_path().isBlank()) {
                identity = ServerIdentity.generated(dataArea);
            } else {
                identity = ServerIdentity.load(Path.of(config.keystore_path()),
                        config.keystore_password().toCharArray(), config.key_alias());
            }
            logger.info("TLS identity from {}, SHA-256 fingerprint {}", identity.source(), identity.fingerprint());
        }
        return identity;
    }

    @Override
    public SecureEndpoint listen(InetSocketAddress bind, TransportLimits limits, ConnectionAcceptor acceptor)
            throws IOException {
        ServerIdentity current = identity();
        ServerSocket server = new ServerSocket();
        try {
            server.setReuseAddress(true);
            server.bind(bind, config.backlog());
            TlsEndpoint endpoint = new TlsEndpoint(server, current, limits, acceptor, Timing.of(config), timer, logger,
                    endpoints::remove);
            endpoints.add(endpoint);
            endpoint.start();
            logger.info("listening with TLS on {}", endpoint.localAddress());
            return endpoint;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    @Deactivate
    void deactivate() {
        List.copyOf(endpoints).forEach(TlsEndpoint::close);
        timer.shutdownNow();
    }
}
