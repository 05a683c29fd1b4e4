package org.chatroom.api.room;

import java.io.IOException;
import java.util.List;
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

    /**
     * Starts accepting members with {@code settings} over the configuration, for this run only (nothing is written
     * to the configuration); does nothing when already hosting.
     *
     * @throws IOException              when the address cannot be bound (e.g. the port is taken)
     * @throws IllegalArgumentException when an option is unknown or its value does not fit its type
     * @since 1.2
     */
    RoomStatus start(HostSettings settings) throws IOException;

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

    /**
     * Removes the member called {@code name} (compared case-insensitively): the others see it leave "kicked by host",
     * the member is told {@code reason} and disconnected. It may come back.
     *
     * @param reason why, shown to everyone; may be empty
     * @return whether a member of that name was in the room
     * @since 1.1
     */
    boolean kick(String name, String reason);

    /**
     * Bans a name or an address (an IPv4 or IPv6 address, or a CIDR prefix such as {@code 10.0.0.0/8}, is an
     * address; anything else a name, which also bans the names that look like it) for as long as this service lives:
     * a banned address cannot connect, a banned name cannot be taken. Members matching it are removed as by
     * {@link #kick(String, String)}.
     *
     * @param reason why, shown to everyone; may be empty
     * @throws IllegalArgumentException when {@code nameOrAddress} is blank, or spelled like an address but not a
     *                                  valid one (e.g. {@code 0127.0.0.7}); the message explains it to the host
     * @since 1.1
     */
    void ban(String nameOrAddress, String reason);

    /**
     * Lifts a ban set by {@link #ban(String, String)}.
     *
     * @return whether such a ban existed
     * @since 1.1
     */
    boolean unban(String nameOrAddress);

    /**
     * @return the bans in force, names and addresses, in the order they were set
     * @since 1.1
     */
    List<String> bans();
}
