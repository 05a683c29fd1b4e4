package org.chatroom.api.transport;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A {@link Connection} made over TLS by a client transport that pins server certificates on first use.
 *
 * @since 1.1
 */
@ProviderType
public interface SecureConnection extends Connection {

    /** SHA-256 fingerprint of the certificate the server presented, in the form of {@link SecureEndpoint#fingerprint()}. */
    String peerFingerprint();

    /** Whether this connection pinned the fingerprint (first connection to this host and port). */
    boolean pinnedNow();
}
