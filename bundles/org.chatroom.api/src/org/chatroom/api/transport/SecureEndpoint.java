package org.chatroom.api.transport;

import org.osgi.annotation.versioning.ProviderType;

/**
 * An {@link Endpoint} whose connections are encrypted (TLS). A room shows {@link #fingerprint()} to its host so that
 * members can compare it with what their client pinned.
 *
 * @since 1.1
 */
@ProviderType
public interface SecureEndpoint extends Endpoint {

    /** SHA-256 fingerprint of the server certificate: 32 upper-case hex byte pairs joined by {@code :}. */
    String fingerprint();
}
