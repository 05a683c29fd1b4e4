package org.chatroom.transport.tls.internal;

import java.util.Arrays;
import java.util.List;

import javax.net.ssl.SSLEngine;

/** Only TLS 1.3 and 1.2 are ever enabled. */
final class TlsProtocols {

    static final List<String> ALLOWED = List.of("TLSv1.3", "TLSv1.2");

    private TlsProtocols() {
    }

    static SSLEngine restrict(SSLEngine engine) {
        String[] enabled = Arrays.stream(engine.getSupportedProtocols()).filter(ALLOWED::contains)
                .toArray(String[]::new);
        engine.setEnabledProtocols(enabled);
        return engine;
    }
}
