package org.chatroom.transport.tls.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

import org.chatroom.api.transport.ClientTransport;
import org.chatroom.api.transport.CloseReason;
import org.chatroom.api.transport.ConnectionHandler;
import org.chatroom.api.transport.SecureConnection;
import org.chatroom.api.transport.ServerTransport;
import org.chatroom.api.transport.TransportLimits;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * TLS client transport ({@code chat.transport=tls}) with trust on first use: the first connection to a
 * {@code host:port} pins the SHA-256 fingerprint of the room's certificate in {@value #PIN_FILE} of this bundle's
 * data area; a later connection presenting another certificate fails with a
 * {@link org.chatroom.api.transport.CertificateChangedException}.
 */
@Component(service = ClientTransport.class, property = ServerTransport.TYPE + "=tls")
public final class TlsClientTransport implements ClientTransport {

    /** Name of the pin file in the bundle's data area. */
    public static final String PIN_FILE = "pinned-rooms.txt";
    private static final long GRACE_MILLIS = 2000;

    private final Logger logger;
    private final PinStore pins;
    private final SSLContext context;
    private final ScheduledExecutorService timer;
    private final Set<TlsConnection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicLong ids = new AtomicLong();

    @Activate
    public TlsClientTransport(@Reference(service = LoggerFactory.class) Logger logger, BundleContext bundleContext)
            throws GeneralSecurityException {
        this.logger = logger;
        this.pins = new PinStore(bundleContext.getDataFile(PIN_FILE).toPath());
        this.context = SSLContext.getInstance("TLS");
        this.context.init(null, new TrustManager[] { new AnyCertificate() }, null);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "chatroom-tls-client-timer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The pins of this client. */
    public PinStore pins() {
        return pins;
    }

    @Override
    public SecureConnection connect(InetSocketAddress remote, TransportLimits limits, ConnectionHandler handler,
            Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String address = remote.getHostString() + ":" + remote.getPort();
        Socket raw = new Socket();
        try {
            raw.setTcpNoDelay(true);
            raw.connect(remote, millisLeft(deadline, address));
            SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(raw, remote.getHostString(),
                    remote.getPort(), true);
            socket.setUseClientMode(true);
            TlsProtocols.restrict(socket);
            socket.setSoTimeout(millisLeft(deadline, address));
            try {
                socket.startHandshake();
            } catch (SocketTimeoutException e) {
                throw new SocketTimeoutException(Messages.get("not.tls", address, "no answer in time"));
            } catch (SSLException e) {
                throw new SSLException(Messages.get("not.tls", address, e.getMessage()), e);
            }
            Certificate[] chain = socket.getSession().getPeerCertificates();
            String fingerprint = Fingerprints.sha256(chain[0]);
            boolean pinnedNow = pins.pinOrCheck(address, fingerprint);
            if (pinnedNow) {
                logger.info("pinned the certificate of {} on first use: SHA-256 {}", address, fingerprint);
            }
            socket.setSoTimeout(0);
            TlsConnection connection = new TlsConnection("client-" + ids.incrementAndGet(), raw, handler, limits,
                    GRACE_MILLIS, timer, connections::remove, logger);
            connection.established(socket, fingerprint, pinnedNow);
            connections.add(connection);
            handler.opened(connection);
            connection.start();
            return connection;
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    private static int millisLeft(long deadline, String address) throws SocketTimeoutException {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new SocketTimeoutException("connect to " + address + " timed out");
        }
        return (int) Math.min(Integer.MAX_VALUE, left);
    }

    @Deactivate
    void deactivate() {
        List.copyOf(connections).forEach(c -> c.closeGracefully(CloseReason.SHUTDOWN, "transport stopped"));
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS + 500);
        try {
            while (!connections.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List.copyOf(connections).forEach(c -> c.abort(CloseReason.SHUTDOWN, "transport stopped"));
        timer.shutdownNow();
    }
}
