package org.chatroom.api.room;

import java.io.IOException;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Hosts one room in this process. Port, bind address and limits come from the OSGi configuration {@value #PID}
 * (keys {@value #PORT} and {@value #BIND_ADDRESS}, defaults in the component's metatype).
 */
@ProviderType
public interface RoomHost {

    /** Configuration PID of the room. */
    String PID = "org.chatroom.room";
    /** Configuration key: TCP port, default 53000. */
    String PORT = "port";
    /** Configuration key: address to bind, default all interfaces. */
    String BIND_ADDRESS = "bind.address";
    /** Configuration key: TLS port, default 0 (no TLS listener); e.g. 53443. @since 1.1 */
    String TLS_PORT = "tls.port";

    /**
     * Starts accepting members with the current configuration; does nothing when already hosting.
     *
     * @throws IOException when the address cannot be bound (e.g. the port is taken)
     */
    RoomStatus start() throws IOException;

    /** Tells every member {@code reason}, disconnects them and stops listening. */
    void stop(String reason);

    RoomStatus status();

    /**
     * The TLS listener of the running room: present while hosting with a {@value #TLS_PORT} configured and a TLS
     * transport installed.
     *
     * @since 1.1
     */
    default Optional<TlsListener> tlsListener() {
        return Optional.empty();
    }
}
