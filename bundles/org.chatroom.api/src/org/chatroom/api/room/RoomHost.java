package org.chatroom.api.room;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.chatroom.api.log.LogUsage;
import org.chatroom.api.log.Retention;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Hosts rooms in this process: the default room (configuration key {@value #DEFAULT_ROOM}), where clients of the
 * original protocol and of {@code chatroom/1} land and which {@link #status()} describes, and since 1.3 further named
 * rooms that clients of {@code chatroom/2} list, create and join. Port, bind address and limits come from the OSGi configuration {@value #PID}
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
    /** Configuration key: name of the default room, default {@code general}. @since 1.3 */
    String DEFAULT_ROOM = "default.room";

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

    /**
     * @return the rooms of the running host, the default room first, then by name; empty when not hosting
     * @since 1.3
     */
    List<RoomInfo> rooms();

    /**
     * Creates a room (it lasts, with its history, until {@link #closeRoom closed}), whoever may create rooms.
     *
     * @throws IllegalArgumentException when {@code name} breaks the room name rules
     * @throws IllegalStateException    when not hosting, the room exists, the server's room limit is reached or the
     *                                  room log refuses it (the message says which)
     * @since 1.3
     */
    RoomInfo createRoom(String name);

    /**
     * Closes a room for good: its members are told {@code reason} and taken out, its history is deleted.
     *
     * @return whether such a room existed
     * @throws IllegalArgumentException for the default room, which cannot be closed
     * @since 1.3
     */
    boolean closeRoom(String name, String reason);

    /**
     * Sets the topic of a room as the host (members see it set by {@code host}); empty clears it.
     *
     * @return whether such a room exists
     * @since 1.3
     */
    boolean topic(String room, String text);

    /**
     * Sets the password members of {@code chatroom/2} must give to join a room other than the default one (the
     * default room's password is the host's, {@link HostSettings#password()}); empty for none. Kept as a salted hash.
     *
     * @return whether such a room exists
     * @throws IllegalArgumentException for the default room
     * @since 1.3
     */
    boolean roomPassword(String room, String password);

    /**
     * Bans a name or an address from one room (not from the server): members matching it are taken out of that room.
     *
     * @return whether such a room exists
     * @throws IllegalArgumentException when {@code nameOrAddress} is blank
     * @since 1.3
     */
    boolean ban(String room, String nameOrAddress, String reason);

    /**
     * Lifts a ban of {@link #ban(String, String, String)}.
     *
     * @return whether such a ban existed
     * @since 1.3
     */
    boolean unban(String room, String nameOrAddress);

    /**
     * @return the bans of one room, in the order they were set; empty for an unknown room
     * @since 1.3
     */
    List<String> bans(String room);

    /**
     * Takes the member called {@code name} (compared as names are) out of one room, as the host: the room's other
     * members see it leave "kicked by host: reason". A member that can be outside rooms (a {@code chatroom/2}
     * client, an IRC user) is told it left that room and stays on the server, free to join again; a client of the
     * original protocol or of {@code chatroom/1}, which is always in the default room, is removed from the server
     * as by {@link #kick(String, String)}.
     *
     * @param reason why, shown to everyone; may be empty
     * @return whether that member was in that room (of this server)
     * @since 1.5
     */
    boolean kick(String room, String name, String reason);

    /**
     * Sets how much history the room log keeps of one room (its own retention, kept with the room's settings and
     * applied at once); {@code null} goes back to the configured default ({@code retention.events},
     * {@code retention.days}).
     *
     * @return whether such a room exists
     * @throws IllegalStateException when the room log refuses the change
     * @since 1.4
     */
    boolean retention(String room, Retention retention);

    /**
     * @return the retention in force for a room (its own, else the configured default); empty for an unknown room
     * @since 1.4
     */
    Optional<Retention> retention(String room);

    /**
     * Sets how many of a room's last events clients of the original protocol get as plain lines after the welcome
     * (they land in the default room only; their protocol cannot mark history, so the default is none); {@code -1}
     * goes back to the configured default ({@code original.history}).
     *
     * @return whether such a room exists
     * @throws IllegalArgumentException when {@code lines} is below {@code -1} or above the room's page limit
     * @since 1.4
     */
    boolean originalHistory(String room, int lines);

    /**
     * @return what the room log holds (where, bytes on disk or in memory, events per room); empty when not hosting
     * @throws IllegalStateException when the room log cannot say
     * @since 1.4
     */
    Optional<LogUsage> history();

    /**
     * Who closing this host would cut off: every member connected to it with a name, in any of its rooms or in none
     * (a {@code chatroom/2} client between rooms, an IRC user in no channel), not the members other servers of a
     * cluster hold in the same rooms.
     *
     * @return their names, in the order they took them; empty when not hosting. The default gives the default
     *         room's members only, for hosts older than this method.
     * @since 1.8
     */
    default List<String> connected() {
        return status().members();
    }
}
