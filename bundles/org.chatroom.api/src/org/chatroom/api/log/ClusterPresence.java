package org.chatroom.api.log;

import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The members of the rooms across the servers (nodes) that share a distributed room log: names unique in the whole
 * cluster, each room's members on every node, and the members of a node that stopped without a goodbye removed
 * after a bounded time. Registered by a distributed backend beside its {@link RoomLog}, with the same
 * {@value RoomLog#TYPE} property; an embedded log serves one server and registers none.
 *
 * <p>A node proves it is alive with heartbeats. When one stops (crash, network loss, or shutdown), another node
 * removes its members once its heartbeat expires and appends a {@link EventKind#LEAVE} event for each of them to
 * their rooms, so every room on every node says so through its {@link RoomEventListener}. A node cut off longer than
 * that finds, when it returns, that the names its members lost to other nodes' members meanwhile stay theirs
 * ({@link ClusterListener#namesLost}). Topics, passwords and a room's bans are room settings
 * ({@link RoomStream#settings()}), which a distributed log shares; the server-wide bans are kept here
 * ({@link #bans()}), and every change of a ban is told to every node ({@link ClusterListener#bansChanged}).
 */
@ProviderType
public interface ClusterPresence {

    /**
     * Claims {@code name} for a member of this node; false when a member of another node has it, or a name the rooms
     * take for the same one (compared on the folded key of {@code org.chatroom.protocol.NameRules}: case, width and
     * look-alike letters ignored).
     */
    boolean claim(String name) throws RoomLogException;

    /** Gives {@code name} back (its member left this server). */
    void release(String name) throws RoomLogException;

    /** {@code name}, claimed by this node, is now a member of {@code room}. */
    void entered(String room, String name) throws RoomLogException;

    /** {@code name} is no longer a member of {@code room}. */
    void left(String room, String name) throws RoomLogException;

    /** The members of {@code room} on every node, by name. */
    Set<String> members(String room) throws RoomLogException;

    /**
     * The members of {@code room} on the other nodes, by name: {@link #members} without those this node recorded.
     *
     * @since 1.5
     */
    Set<String> othersMembers(String room) throws RoomLogException;

    /**
     * The server-wide bans every node applies (names and addresses, as given), in the order they were banned.
     *
     * @since 1.2
     */
    List<String> bans() throws RoomLogException;

    /**
     * The server-wide bans every node applies, made {@code saved} (a node's own saved bans, as given) first when the
     * cluster never had a list: no node ever banned, lifted a ban or seeded a non-empty list. Once the cluster has had
     * a list, it is the truth, also when it is empty, and {@code saved} is ignored: a node that was stopped while a ban
     * was lifted does not bring it back. Seeding is atomic: of nodes starting at once, one seeds.
     *
     * @since 1.3
     */
    List<String> seedBans(List<String> saved) throws RoomLogException;

    /**
     * Adds {@code nameOrAddress} to the server-wide bans of every node (unless it is there) and tells the other
     * nodes, as {@link #bansChanged()} does.
     *
     * @since 1.2
     */
    void ban(String nameOrAddress) throws RoomLogException;

    /**
     * Removes {@code nameOrAddress}, spelled as {@link #bans()} has it, from the server-wide bans and tells the other
     * nodes.
     *
     * @since 1.2
     */
    void unban(String nameOrAddress) throws RoomLogException;

    /**
     * Tells every node's {@link ClusterListener}s that bans changed (the server-wide ones, or a room's in its
     * settings), within about one heartbeat, so that each node removes its members a new ban covers.
     *
     * @since 1.2
     */
    void bansChanged() throws RoomLogException;

    /**
     * {@code listener} hears from now on what other nodes changed for this node's members: names lost, bans.
     *
     * @since 1.2
     */
    void watch(ClusterListener listener);

    /** {@code listener} hears nothing more. @since 1.2 */
    void unwatch(ClusterListener listener);
}
