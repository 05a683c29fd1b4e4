package org.chatroom.loadtest;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.X509TrustManager;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.OpenSsl;
import io.netty.handler.ssl.OpenSslContextOption;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;

/**
 * The tool's TLS clients on BoringSSL (Netty's tcnative), when its jars are on the class path and the native library
 * loads: the only class of the tool that names Netty. Engines are not reference counted ({@link SslProvider#OPENSSL}):
 * the tool's clients live as long as the run.
 */
final class NativeClientEngines {

    private final SslContext context;

    private NativeClientEngines(SslContext context) {
        this.context = context;
    }

    /**
     * @param groups the key share to offer (e.g. {@code x25519})
     * @throws IllegalStateException when tcnative does not load
     * @throws LinkageError          when Netty is not on the class path
     */
    static NativeClientEngines create(X509TrustManager trust, String groups) {
        if (!OpenSsl.isAvailable()) {
            throw new IllegalStateException("netty-tcnative did not load", OpenSsl.unavailabilityCause());
        }
        try {
            return new NativeClientEngines(SslContextBuilder.forClient().sslProvider(SslProvider.OPENSSL)
                    .trustManager(trust).endpointIdentificationAlgorithm(null) // Netty 4.2 checks the host name
                    .protocols("TLSv1.3", "TLSv1.2")
                    .option(OpenSslContextOption.GROUPS, groups.split(",")).build());
        } catch (SSLException e) {
            throw new IllegalStateException("no native TLS client context: " + e.getMessage(), e);
        }
    }

    SSLEngine create() {
        return context.newEngine(ByteBufAllocator.DEFAULT);
    }

    String name() {
        return "native (" + OpenSsl.versionString() + ")";
    }
}
