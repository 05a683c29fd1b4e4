package org.chatroom.transport.tls.internal;

import java.util.Arrays;
import java.util.List;

import javax.net.ssl.SSLSocket;

/** Only TLS 1.3 and 1.2 are ever enabled. */
final class TlsProtocols {

    static final List<String> ALLOWED = List.of("TLSv1.3", "TLSv1.2");

    private TlsProtocols() {
    }

    static void restrict(SSLSocket socket) {
        String[] enabled = Arrays.stream(socket.getSupportedProtocols()).filter(ALLOWED::contains)
                .toArray(String[]::new);
        socket.setEnabledProtocols(enabled);
    }
}
