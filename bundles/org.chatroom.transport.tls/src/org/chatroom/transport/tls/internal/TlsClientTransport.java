package org.chatroom.transport.tls.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManager;

import org.chatroom.api.transport.ClientTransport;
import org.chatroom.api.transport.CloseReason;
import org.chatroom.api.transport.ConnectionHandler;
import org.chatroom.api.transport.SecureConnection;
import org.chatroom.api.transport.ServerTransport;
import org.chatroom.api.transport.TransportLimits;
import org.chatroom.transport.socket.connection.IoLoopGroup;
import org.chatroom.transport.socket.connection.NioClient;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * TLS client transport ({@code chat.transport=tls}) with trust on first use: the first connection to a
 * {@code host:port} pins the SHA-256 fingerprint of the room's certificate in {@value #PIN_FILE} of the run's data
 * folder ({@link StateFolder}); a later connection presenting another certificate fails with a
 * {@link org.chatroom.api.transport.CertificateChangedException}. Connections run on one I/O loop of its own,
 * through the same connection layer as the servers'.
 */
@Component(service = ClientTransport.class, property = ServerTransport.TYPE + "=tls")
public final class TlsClientTransport implements ClientTransport {

    /** Name of the pin file in the run's data folder. */
    public static final String PIN_FILE = "pinned-rooms.txt";
    private static final long GRACE_MILLIS = 2000;
    /** The client does not probe for plain servers: those fail its handshake at once. */
    private static final Timing CLIENT = new Timing(Long.MAX_VALUE, Long.MAX_VALUE, GRACE_MILLIS);

    private final Logger logger;
    private final PinStore pins;
    private final SSLContext context;
    private final IoLoopGroup loops;
    private final Set<TlsClientConnection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicLong ids = new AtomicLong();

    @Activate
    public TlsClientTransport(@Reference(service = LoggerFactory.class) Logger logger, BundleContext bundleContext)
            throws GeneralSecurityException, IOException {
        this.logger = logger;
        this.pins = new PinStore(StateFolder.file(bundleContext, PIN_FILE));
        this.context = SSLContext.getInstance("TLS");
        this.context.init(null, new TrustManager[] { new AnyCertificate() }, null);
        this.loops = new IoLoopGroup("chatroom-tls-client", 1, logger);
    }

    /** The pins of this client. */
    public PinStore pins() {
        return pins;
    }

    @Override
    public SecureConnection connect(InetSocketAddress remote, TransportLimits limits, ConnectionHandler handler,
            Duration timeout) throws IOException {
        String address = remote.getHostString() + ":" + remote.getPort();
        TlsClientConnection connection;
        try {
            connection = NioClient.connect(loops, remote, timeout, (channel, loop) -> new TlsClientConnection(
                    "client-" + ids.incrementAndGet(), channel, loop, new TlsCodec(engine(remote), CLIENT), handler,
                    limits, GRACE_MILLIS, connections::remove));
        } catch (SocketTimeoutException e) {
            throw new SocketTimeoutException(Messages.get("not.tls", address, "no answer in time"));
        } catch (IOException e) {
            if (e instanceof java.net.ConnectException) {
                throw e;
            }
            throw new SSLException(Messages.get("not.tls", address, e.getMessage()), e);
        }
        try {
            Certificate[] chain = connection.tls().engine().getSession().getPeerCertificates();
            String fingerprint = Fingerprints.sha256(chain[0]);
            boolean pinnedNow = pins.pinOrCheck(address, fingerprint);
            if (pinnedNow) {
                logger.info("pinned the certificate of {} on first use: SHA-256 {}", address, fingerprint);
            }
            connection.pinned(fingerprint, pinnedNow);
        } catch (IOException | RuntimeException e) {
            connection.abort(CloseReason.ERROR, e.getMessage());
            throw e;
        }
        connections.add(connection);
        connection.startDelivering();
        return connection;
    }

    private SSLEngine engine(InetSocketAddress remote) {
        SSLEngine engine = context.createSSLEngine(remote.getHostString(), remote.getPort());
        engine.setUseClientMode(true);
        return TlsProtocols.restrict(engine);
    }

    @Deactivate
    void deactivate() {
        List.copyOf(connections).forEach(c -> c.closeGracefully(CloseReason.SHUTDOWN, "transport stopped"));
        loops.shutdown(GRACE_MILLIS + 1000);
    }
}
