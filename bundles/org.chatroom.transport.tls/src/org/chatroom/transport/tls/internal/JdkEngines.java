package org.chatroom.transport.tls.internal;

import javax.net.ssl.SSLEngine;

/** The JDK's {@code SSLEngine}, from the identity's {@code SSLContext}: held in the heap, nothing to release. */
final class JdkEngines implements ServerEngines {

    static final String NAME = "jdk";

    private final ServerIdentity identity;

    JdkEngines(ServerIdentity identity) {
        this.identity = identity;
    }

    @Override
    public SSLEngine create() {
        SSLEngine engine = identity.context().createSSLEngine();
        engine.setUseClientMode(false);
        return TlsProtocols.restrict(engine);
    }

    @Override
    public void release(SSLEngine engine) {
        // garbage collected
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void close() {
        // nothing shared outside the heap
    }
}
