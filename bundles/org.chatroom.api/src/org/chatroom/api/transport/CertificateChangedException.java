package org.chatroom.api.transport;

import java.io.IOException;

/**
 * A server presented a certificate other than the one pinned for its address on the first connection: either the
 * room got a new certificate or someone is in between. The connection was refused; it is accepted again only after
 * the user removes the pin (see {@link #pinStore()}).
 *
 * @since 1.1
 */
public class CertificateChangedException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String address;
    private final String pinned;
    private final String presented;
    private final String pinStore;

    /**
     * @param address   the {@code host:port} key of the pin
     * @param pinned    fingerprint pinned earlier
     * @param presented fingerprint presented now
     * @param pinStore  where the pin is kept (e.g. a file path), for the user to remove it
     * @param message   the complete explanation for the user
     */
    public CertificateChangedException(String address, String pinned, String presented, String pinStore,
            String message) {
        super(message);
        this.address = address;
        this.pinned = pinned;
        this.presented = presented;
        this.pinStore = pinStore;
    }

    public String address() {
        return address;
    }

    public String pinned() {
        return pinned;
    }

    public String presented() {
        return presented;
    }

    public String pinStore() {
        return pinStore;
    }
}
