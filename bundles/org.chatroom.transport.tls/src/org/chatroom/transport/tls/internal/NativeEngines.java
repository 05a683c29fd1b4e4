package org.chatroom.transport.tls.internal;

import java.security.cert.X509Certificate;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.OpenSsl;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.netty.util.ReferenceCountUtil;

/**
 * BoringSSL's engine through Netty's {@code SslContext} (netty-tcnative, a native library that exists for Linux
 * x86_64 in the product): a {@code javax.net.ssl.SSLEngine} that {@link TlsCodec} drives like the JDK's, with the
 * same key and certificate, TLS 1.3 and 1.2 only. Its handshake computes in place (no delegated tasks) at a fraction
 * of the JDK's CPU cost. Engines and the context are reference counted: each engine is released when its connection
 * closes, the context when the transport stops. Only this class names Netty: it is loaded only when Netty resolved.
 */
final class NativeEngines implements ServerEngines {

    private final SslContext context;
    private final String name;

    private NativeEngines(SslContext context, String name) {
        this.context = context;
        this.name = name;
    }

    /**
     * The native engines for {@code identity}.
     *
     * @throws SSLException when BoringSSL does not load here, with the reason
     */
    static NativeEngines of(ServerIdentity identity) throws SSLException {
        if (!OpenSsl.isAvailable()) {
            Throwable cause = OpenSsl.unavailabilityCause();
            throw new SSLException(cause == null ? "netty-tcnative did not load" : String.valueOf(cause), cause);
        }
        SslContext context = SslContextBuilder
                .forServer(identity.key(), identity.chain().toArray(X509Certificate[]::new))
                .sslProvider(SslProvider.OPENSSL_REFCNT).protocols(TlsProtocols.ALLOWED).build();
        return new NativeEngines(context, "native (" + OpenSsl.versionString() + ")");
    }

    @Override
    public SSLEngine create() {
        SSLEngine engine = context.newEngine(ByteBufAllocator.DEFAULT);
        return TlsProtocols.restrict(engine);
    }

    @Override
    public void release(SSLEngine engine) {
        ReferenceCountUtil.release(engine);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void close() {
        ReferenceCountUtil.release(context);
    }
}
