package org.chatroom.api.room;

import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * The TLS side of a hosted room.
 *
 * @param address     where members connect with TLS (the real port when 0 was configured)
 * @param fingerprint SHA-256 fingerprint of the room's certificate, {@code AB:CD:...}, for the host to show to
 *                    members so they can check what their client pinned
 * @since 1.1
 */
public record TlsListener(InetSocketAddress address, String fingerprint) {

    public TlsListener {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}
