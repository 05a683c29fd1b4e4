import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.OpenSsl;
import io.netty.handler.ssl.OpenSslContextOption;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.netty.util.ReferenceCountUtil;

import org.chatroom.testing.tls.TrustAnyServer;

/**
 * The figures behind the TLS transport's key type and the load tool's named groups (issue 13, run by
 * tls-handshake-cost.sh): the CPU time of one full TLS handshake (no resumption: every client engine is created
 * without a peer host, so the JDK offers no session to resume, and the run fails unless the client checked the
 * server's certificate in every handshake, which a resumption skips) on the client side and on the server side,
 * warm, per server key type (EC P-256 as the room generates it, RSA 2048 and 3072, Ed25519), with the named groups
 * of {@code -Djdk.tls.namedGroups} (the JDK's default makes a client send two key shares, x25519 and secp256r1; the
 * load tool sends x25519 alone). Both engines run in memory on this thread; each engine call is
 * charged to its side with the thread's CPU clock, so a busy machine does not skew the figures. Each key is measured
 * with the JDK's engines on both sides, with BoringSSL's (Netty's tcnative, the TLS transport's engine=native) on the
 * server, and with BoringSSL's on both sides (the load tool's native clients; their key share is x25519 alone).
 */
public class TlsHandshakeCost {

    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);
    private static int warm = 500;
    private static int measured = 500;

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    /** Server certificates the client checked: one per full handshake. */
    private static final AtomicLong CHECKED = new AtomicLong();

    public static void main(String[] args) throws Exception {
        if (args.length == 2) {
            warm = Integer.parseInt(args[0]);
            measured = Integer.parseInt(args[1]);
        }
        Path dir = Files.createTempDirectory("tls-cost");
        try {
            String[][] keys = { { "EC P-256 (the room's)", "-keyalg", "EC", "-groupname", "secp256r1" },
                    { "RSA 2048", "-keyalg", "RSA", "-keysize", "2048" },
                    { "RSA 3072", "-keyalg", "RSA", "-keysize", "3072" },
                    { "Ed25519", "-keyalg", "Ed25519" } };
            String groups = System.getProperty("jdk.tls.namedGroups", "JDK default");
            if (!OpenSsl.isAvailable()) {
                throw new IllegalStateException("netty-tcnative did not load", OpenSsl.unavailabilityCause());
            }
            System.out.printf("%-22s %-26s %-15s %10s %10s %8s%n", "server key", "named groups", "client/server",
                    "client ms", "server ms", "proto");
            for (String[] key : keys) {
                KeyStore store = keyStore(dir, key);
                Engines jdkServer = jdkServer(store);
                Engines nativeServer = nativeServer(store);
                Engines jdkClient = jdkClient();
                Engines nativeClient = nativeClient();
                print(key[0], groups, "jdk/jdk", measure(jdkServer, jdkClient));
                print(key[0], groups, "jdk/native", measure(nativeServer, jdkClient));
                try {
                    print(key[0], "x25519 (BoringSSL)", "native/native", measure(nativeServer, nativeClient));
                } catch (javax.net.ssl.SSLException e) { // BoringSSL's client offers no Ed25519 signature
                    System.out.printf("%-22s %-26s %-15s %s%n", key[0], "x25519 (BoringSSL)", "native/native",
                            "n/a: " + e.getMessage());
                }
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    record Cost(double clientMs, double serverMs, String protocol) {
    }

    /** Engines of one side; {@code release} frees a native one (reference counted) after its handshake. */
    record Engines(Supplier<SSLEngine> create, java.util.function.Consumer<SSLEngine> release) {
    }

    private static void print(String key, String groups, String engines, Cost cost) {
        System.out.printf("%-22s %-26s %-15s %10.3f %10.3f %8s%n", key, groups, engines, cost.clientMs(),
                cost.serverMs(), cost.protocol());
    }

    private static Cost measure(Engines server, Engines client) throws Exception {
        for (int i = 0; i < warm; i++) {
            handshake(server, client, new long[2]);
        }
        long[] nanos = new long[2];
        String protocol = "";
        long checkedBefore = CHECKED.get();
        for (int i = 0; i < measured; i++) {
            protocol = handshake(server, client, nanos);
        }
        if (CHECKED.get() - checkedBefore != measured) {
            throw new IllegalStateException("a handshake was resumed: " + (CHECKED.get() - checkedBefore)
                    + " certificates checked in " + measured + " handshakes");
        }
        return new Cost(nanos[0] / 1e6 / measured, nanos[1] / 1e6 / measured, protocol);
    }

    /** One full handshake in memory; adds each side's CPU time to {@code nanos[0]} (client) and [1] (server). */
    private static String handshake(Engines serverEngines, Engines clientEngines, long[] nanos)
            throws Exception {
        long t = CPU.getCurrentThreadCpuTime();
        SSLEngine client = clientEngines.create().get();
        nanos[0] += CPU.getCurrentThreadCpuTime() - t;
        t = CPU.getCurrentThreadCpuTime();
        SSLEngine server = serverEngines.create().get();
        nanos[1] += CPU.getCurrentThreadCpuTime() - t;
        try {
            return handshake(server, client, nanos);
        } finally {
            t = CPU.getCurrentThreadCpuTime();
            clientEngines.release().accept(client);
            nanos[0] += CPU.getCurrentThreadCpuTime() - t;
            t = CPU.getCurrentThreadCpuTime();
            serverEngines.release().accept(server);
            nanos[1] += CPU.getCurrentThreadCpuTime() - t;
        }
    }

    private static String handshake(SSLEngine server, SSLEngine client, long[] nanos) throws Exception {
        long t = CPU.getCurrentThreadCpuTime();
        int packet = client.getSession().getPacketBufferSize();
        int app = client.getSession().getApplicationBufferSize();
        ByteBuffer toServer = ByteBuffer.allocate(4 * packet);
        ByteBuffer toClient = ByteBuffer.allocate(4 * packet);
        ByteBuffer plain = ByteBuffer.allocate(2 * app);
        nanos[0] += CPU.getCurrentThreadCpuTime() - t;
        t = CPU.getCurrentThreadCpuTime();
        client.beginHandshake();
        nanos[0] += CPU.getCurrentThreadCpuTime() - t;
        server.beginHandshake();
        for (int rounds = 0; rounds < 100; rounds++) {
            if (client.getHandshakeStatus() == HandshakeStatus.NOT_HANDSHAKING && toClient.position() == 0
                    && server.getHandshakeStatus() == HandshakeStatus.NEED_UNWRAP && toServer.position() == 0) {
                settle(server, plain, nanos); // BoringSSL tells it finished at the unwrap after the last record
            }
            boolean clientDone = step(client, toClient, toServer, plain, nanos, 0);
            boolean serverDone = step(server, toServer, toClient, plain, nanos, 1);
            if (clientDone && serverDone && toServer.position() == 0 && toClient.position() == 0) {
                return client.getSession().getProtocol();
            }
        }
        throw new IllegalStateException("handshake did not finish: client " + client.getHandshakeStatus()
                + ", server " + server.getHandshakeStatus());
    }

    /** Moves one engine as far as it goes: reads {@code in} (write mode), wraps into {@code out}; @return done */
    private static boolean step(SSLEngine engine, ByteBuffer in, ByteBuffer out, ByteBuffer plain, long[] nanos,
            int side) throws Exception {
        long t = CPU.getCurrentThreadCpuTime();
        try {
            while (true) {
                HandshakeStatus status = engine.getHandshakeStatus();
                if (status == HandshakeStatus.NEED_TASK) {
                    Runnable task;
                    while ((task = engine.getDelegatedTask()) != null) {
                        task.run();
                    }
                } else if (status == HandshakeStatus.NEED_WRAP) {
                    SSLEngineResult r = engine.wrap(EMPTY, out);
                    if (r.getStatus() != SSLEngineResult.Status.OK) {
                        throw new IllegalStateException("wrap " + r);
                    }
                } else if (status == HandshakeStatus.NEED_UNWRAP && in.position() > 0) {
                    in.flip();
                    plain.clear();
                    SSLEngineResult r = engine.unwrap(in, plain);
                    in.compact();
                    if (r.getStatus() == SSLEngineResult.Status.BUFFER_UNDERFLOW) {
                        return false;
                    }
                } else if (status == HandshakeStatus.NOT_HANDSHAKING && in.position() > 0) {
                    in.flip(); // a TLS 1.3 session ticket after the handshake
                    plain.clear();
                    engine.unwrap(in, plain);
                    in.compact();
                } else {
                    return status == HandshakeStatus.NOT_HANDSHAKING;
                }
            }
        } finally {
            nanos[side] += CPU.getCurrentThreadCpuTime() - t;
        }
    }

    private static KeyStore keyStore(Path dir, String[] key) throws Exception {
        Path store = dir.resolve("k" + Math.abs(key[0].hashCode()) + ".p12");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool")
                .toString(), "-genkeypair", "-noprompt", "-alias", "k", "-dname", "CN=cost", "-validity", "30",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit"));
        command.addAll(Arrays.asList(key).subList(1, key.length));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + new String(p.getInputStream().readAllBytes()));
        }
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(store)) {
            ks.load(in, "changeit".toCharArray());
        }
        return ks;
    }

    private static Engines jdkServer(KeyStore store) throws Exception {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, "changeit".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        return jdkEngines(context, false);
    }

    /** The JDK's engines of {@code context}, TLS 1.3 and 1.2, nothing to release. */
    private static Engines jdkEngines(SSLContext context, boolean client) {
        return new Engines(() -> {
            SSLEngine engine = context.createSSLEngine();
            engine.setUseClientMode(client);
            engine.setEnabledProtocols(new String[] { "TLSv1.3", "TLSv1.2" });
            return engine;
        }, engine -> {
        });
    }

    /** As the TLS transport's NativeEngines builds them: the same key and certificate, TLS 1.3 and 1.2. */
    private static Engines nativeServer(KeyStore store) throws Exception {
        var context = SslContextBuilder.forServer((PrivateKey) store.getKey("k", "changeit".toCharArray()),
                (X509Certificate) store.getCertificate("k")).sslProvider(SslProvider.OPENSSL_REFCNT)
                .protocols("TLSv1.3", "TLSv1.2").build();
        return new Engines(() -> context.newEngine(ByteBufAllocator.DEFAULT), ReferenceCountUtil::release);
    }

    /** As the load tool's NativeClientEngines builds them. */
    private static Engines nativeClient() throws Exception {
        var context = SslContextBuilder.forClient().sslProvider(SslProvider.OPENSSL_REFCNT)
                .trustManager(TrustAnyServer.trustManager(CHECKED::incrementAndGet))
                .endpointIdentificationAlgorithm(null).protocols("TLSv1.3", "TLSv1.2")
                .option(OpenSslContextOption.GROUPS, new String[] { "x25519" }).build();
        return new Engines(() -> context.newEngine(ByteBufAllocator.DEFAULT), ReferenceCountUtil::release);
    }

    private static Engines jdkClient() {
        return jdkEngines(TrustAnyServer.context(CHECKED::incrementAndGet), true);
    }

    /** One unwrap without input, charged to the server. */
    private static void settle(SSLEngine engine, ByteBuffer plain, long[] nanos) throws Exception {
        long t = CPU.getCurrentThreadCpuTime();
        plain.clear();
        engine.unwrap(EMPTY, plain);
        nanos[1] += CPU.getCurrentThreadCpuTime() - t;
    }
}
