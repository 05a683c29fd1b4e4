package org.chatroom.transport.tls.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.chatroom.api.transport.ConnectionAcceptor;
import org.chatroom.api.transport.SecureEndpoint;
import org.chatroom.api.transport.ServerTransport;
import org.chatroom.api.transport.TransportLimits;
import org.chatroom.transport.socket.connection.AddressLimits;
import org.chatroom.transport.socket.connection.AddressLimitsConfig;
import org.chatroom.transport.socket.connection.IoLoopConfig;
import org.chatroom.transport.socket.connection.IoLoopGroup;
import org.chatroom.transport.socket.connection.ListeningEndpoint;
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
 * self-signed certificate generated on the first {@link #listen} into the run's data folder ({@link StateFolder}) and
 * reused after.
 * TLS runs through {@code SSLEngine} on a few I/O loops shared by all connections, like the TCP transport's; the
 * handshakes' expensive steps run on a few handshake threads ({@link HandshakeTasks}), off those loops.
 */
@Component(service = ServerTransport.class, property = ServerTransport.TYPE + "=tls",
        configurationPid = TlsTransportConfig.PID)
@Designate(ocd = TlsTransportMetatype.class)
public final class TlsServerTransport implements ServerTransport {

    private final Logger logger;
    private final TlsTransportConfig config;
    private final AddressLimits admission;
    private final BundleContext context;
    private final IoLoopGroup loops;
    private final HandshakeTasks handshakeTasks;
    private final Set<ListeningEndpoint> endpoints = ConcurrentHashMap.newKeySet();
    private ServerIdentity identity; // guarded by this
    private ServerEngines engines; // guarded by this

    @Activate
    public TlsServerTransport(@Reference(service = LoggerFactory.class) Logger logger, TlsTransportConfig config,
            AddressLimitsConfig limits, IoLoopConfig loopConfig, BundleContext context) throws IOException {
        this.logger = logger;
        this.config = config;
        this.admission = AddressLimits.of(limits);
        this.context = context;
        int threads = config.io_threads() > 0 ? config.io_threads() : IoLoopGroup.defaultThreads();
        this.loops = new IoLoopGroup("chatroom-tls-server", threads, logger, loopConfig.write_gather_micros());
        this.handshakeTasks = new HandshakeTasks("chatroom-tls-handshake",
                config.handshake_threads() > 0 ? config.handshake_threads() : IoLoopGroup.defaultThreads());
    }

    /** Where the generated identity is kept ({@link StateFolder}), what an earlier version kept moved there. */
    private Path generatedIdentityFolder() throws IOException {
        StateFolder.file(context, ServerIdentity.GENERATED_SECRET);
        return StateFolder.file(context, ServerIdentity.GENERATED_KEYSTORE).getParent();
    }

    /** The identity, loaded or generated on first use, with the engines that serve it. */
    synchronized ServerIdentity identity() throws IOException {
        if (identity == null) {
            ServerIdentity loaded;
            if (config.keystore_path().isBlank()) {
                loaded = ServerIdentity.generated(generatedIdentityFolder());
            } else {
                loaded = ServerIdentity.load(Path.of(config.keystore_path()),
                        config.keystore_password().toCharArray(), config.key_alias());
            }
            logger.info("TLS identity from {}, SHA-256 fingerprint {}", loaded.source(), loaded.fingerprint());
            engines = EngineChoice.choose(config.engine(), loaded, logger);
            identity = loaded;
        }
        return identity;
    }

    /** The engines serving, chosen with the identity on the first {@link #listen}. */
    synchronized ServerEngines engines() throws IOException {
        identity();
        return engines;
    }

    /** Which TLS engine serves ({@code jdk}, {@code native (BoringSSL)}), once this transport listened. */
    public synchronized String engineName() {
        return engines == null ? "" : engines.name();
    }

    @Override
    public SecureEndpoint listen(InetSocketAddress bind, TransportLimits limits, ConnectionAcceptor acceptor)
            throws IOException {
        ServerIdentity current = identity();
        ServerEngines serving = engines();
        Timing timing = Timing.of(config);
        ServerSocketChannel server = ServerSocketChannel.open();
        try {
            server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            server.bind(bind, config.backlog());
            server.configureBlocking(false);
            ListeningEndpoint endpoint = new ListeningEndpoint(server, loops, limits, acceptor,
                    new ListeningEndpoint.Settings(() -> TlsCodec.server(serving, timing, handshakeTasks), true, false,
                            config.close_grace_millis(), admission),
                    logger, endpoints::remove);
            endpoints.add(endpoint);
            endpoint.start();
            logger.info("listening with TLS on {}", endpoint.localAddress());
            return new TlsEndpoint(endpoint, current.fingerprint());
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    @Deactivate
    void deactivate() {
        List.copyOf(endpoints).forEach(ListeningEndpoint::close);
        loops.shutdown(config.close_grace_millis() + 1000);
        handshakeTasks.shutdown();
        synchronized (this) {
            if (engines != null) {
                engines.close();
            }
        }
    }
}
