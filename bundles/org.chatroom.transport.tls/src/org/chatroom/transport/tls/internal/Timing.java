package org.chatroom.transport.tls.internal;

/**
 * Time bounds of a TLS connection, in milliseconds.
 *
 * @param handshake  bound on the TLS handshake
 * @param plainProbe how long a server waits for the first byte of a client hello
 * @param grace      how long a closing connection may take to write what is queued
 */
public record Timing(long handshake, long plainProbe, long grace) {

    static Timing of(TlsTransportConfig config) {
        return new Timing(config.handshake_timeout_millis(), config.plain_probe_millis(), config.close_grace_millis());
    }
}
