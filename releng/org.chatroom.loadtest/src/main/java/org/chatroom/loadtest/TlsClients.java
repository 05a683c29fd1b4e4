package org.chatroom.loadtest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import javax.crypto.KeyAgreement;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;

import org.chatroom.testing.tls.TrustAnyServer;

/**
 * The TLS side of the tool's clients, made cheap so that a join storm measures the server, not this process (which
 * shares the machine with it): every join is still a full handshake (the engines name no peer, so the JDK offers no
 * session to resume; {@link #fullHandshakes} counts the server certificates checked, which a resumption shows
 * none of), but
 * <ul>
 * <li>a client offers one key share, x25519 ({@value #GROUPS_PROPERTY}), where the JDK's default sends two (x25519
 * and secp256r1), which cost a second key generation per handshake, about 1 ms of CPU on this machine;</li>
 * <li>the client's crypto (x25519, ECDSA P-256 as the room's certificate uses it) is compiled before the run starts
 * ({@link #warmUp}), not during the join storm;</li>
 * <li>where Netty's tcnative (BoringSSL) is on the class path (loadtool.sh adds the product's) and loads, the clients'
 * engines are BoringSSL's ({@link NativeClientEngines}), at a fraction of the JDK's CPU per handshake; the output
 * says which engine the clients used.</li>
 * </ul>
 */
final class TlsClients {

    static final String GROUPS_PROPERTY = "jdk.tls.namedGroups";
    static final String GROUPS = "x25519";

    private final LongAdder fullHandshakes = new LongAdder();
    private final Supplier<SSLEngine> engines;
    private final String engineName;

    private TlsClients() {
        Supplier<SSLEngine> chosen;
        String name;
        try {
            NativeClientEngines natives = NativeClientEngines.create(
                    TrustAnyServer.trustManager(fullHandshakes::increment), GROUPS);
            chosen = natives::create;
            name = natives.name();
        } catch (LinkageError | IllegalStateException e) {
            SSLContext context = TrustAnyServer.context(fullHandshakes::increment);
            chosen = () -> jdkEngine(context);
            name = "JDK";
        }
        this.engines = chosen;
        this.engineName = name;
    }

    private static SSLEngine jdkEngine(SSLContext context) {
        SSLEngine engine = context.createSSLEngine();
        engine.setUseClientMode(true);
        engine.setEnabledProtocols(new String[] { "TLSv1.3", "TLSv1.2" });
        return engine;
    }

    /**
     * The clients' context. The JDK reads the named groups once, when TLS is first used in this process: this must
     * run before any other TLS here (a value given with {@code -D} is kept).
     */
    static TlsClients create() {
        if (System.getProperty(GROUPS_PROPERTY) == null) {
            System.setProperty(GROUPS_PROPERTY, GROUPS);
        }
        return new TlsClients();
    }

    /** A new client engine per connection, TLS 1.3 and 1.2. */
    Supplier<SSLEngine> engines() {
        return engines;
    }

    /** {@code JDK}, or {@code native (BoringSSL)} when tcnative loaded. */
    String engineName() {
        return engineName;
    }

    String groups() {
        return System.getProperty(GROUPS_PROPERTY);
    }

    /** Handshakes in which the server presented its certificate: full ones, not resumptions. */
    long fullHandshakes() {
        return fullHandshakes.sum();
    }

    /**
     * Runs what a client computes in a handshake {@code rounds} times: an x25519 key pair and agreement and an ECDSA
     * P-256 signature check.
     *
     * @return the CPU time it took, in nanoseconds
     */
    static long warmUp(int rounds) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long start = cpu.getCurrentThreadCpuTime();
        try {
            KeyPairGenerator x25519 = KeyPairGenerator.getInstance("X25519");
            KeyPair peer = x25519.generateKeyPair();
            KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
            ec.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair server = ec.generateKeyPair();
            byte[] transcript = new byte[32];
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(server.getPrivate());
            signer.update(transcript);
            byte[] signature = signer.sign();
            for (int i = 0; i < rounds; i++) {
                KeyAgreement agreement = KeyAgreement.getInstance("XDH");
                agreement.init(x25519.generateKeyPair().getPrivate());
                agreement.doPhase(peer.getPublic(), true);
                agreement.generateSecret();
                Signature verifier = Signature.getInstance("SHA256withECDSA");
                verifier.initVerify(server.getPublic());
                verifier.update(transcript);
                if (!verifier.verify(signature)) {
                    throw new IllegalStateException("ECDSA check failed while warming up");
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no x25519 or ECDSA in this JVM", e);
        }
        return cpu.getCurrentThreadCpuTime() - start;
    }
}
