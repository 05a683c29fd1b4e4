package org.chatroom.transport.tls.internal;

import javax.net.ssl.SSLEngine;

/**
 * Where a TLS server's engines come from: the JDK's ({@link JdkEngines}) or BoringSSL's ({@link NativeEngines}),
 * chosen once per identity by {@link EngineChoice}. Every engine is restricted to {@link TlsProtocols#ALLOWED}.
 */
interface ServerEngines extends AutoCloseable {

    /** A new server-side engine for one connection. */
    SSLEngine create();

    /** The connection of {@code engine} has closed: frees what the engine holds outside the heap. */
    void release(SSLEngine engine);

    /** What serves, for the log and the tests, e.g. {@code jdk} or {@code native (BoringSSL)}. */
    String name();

    /** Frees the engines' shared state once no endpoint uses them any more. */
    @Override
    void close();
}
