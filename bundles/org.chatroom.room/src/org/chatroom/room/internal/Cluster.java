package org.chatroom.room.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.chatroom.api.log.ClusterListener;
import org.chatroom.api.log.ClusterPresence;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.protocol.NameRules;
import org.osgi.service.log.Logger;

/**
 * The other servers (nodes) that share this server's rooms through a distributed room log, seen through its
 * {@link ClusterPresence}: names unique across the nodes, and member lists that include the other nodes' members.
 * On a server alone ({@link #alone}) every operation is local and cannot fail. Used under the lobby's lock, but for
 * {@link #othersKeys} and the server-wide bans, which are thread safe.
 */
final class Cluster {

    private final ClusterPresence presence; // null when alone
    private final Logger logger;
    private final PendingBans pendingBans = new PendingBans();
    /** This node's members that left a room and whose {@code LEAVE} is not delivered yet, by room and name. */
    private final Set<String> departing = new HashSet<>();

    private Cluster(ClusterPresence presence, Logger logger) {
        this.presence = presence;
        this.logger = logger;
    }

    /** A server whose rooms nobody else serves. */
    static Cluster alone() {
        return new Cluster(null, null);
    }

    /** A node sharing its rooms through {@code presence}; alone when it is null. */
    static Cluster of(ClusterPresence presence, Logger logger) {
        return presence == null ? alone() : new Cluster(presence, logger);
    }

    boolean shared() {
        return presence != null;
    }

    /**
     * Claims {@code name} across the nodes. @return false when a member of another node has it
     *
     * @throws RoomLogException when the other nodes cannot be asked
     */
    boolean claim(String name) throws RoomLogException {
        return presence == null || presence.claim(name);
    }

    /** Gives {@code name} back; a failure is logged (the name stays held by this node until it stops). */
    void release(String name) {
        if (presence != null) {
            try {
                presence.release(name);
            } catch (RoomLogException e) {
                logger.warn("could not give the name {} back to the cluster: {}", name, e.getMessage());
            }
        }
    }

    /** {@code name} is now in {@code room}. @throws RoomLogException when the other nodes cannot be told */
    void entered(ChatRoom room, String name) throws RoomLogException {
        if (presence != null) {
            presence.entered(room.name(), name);
        }
    }

    /**
     * {@code name} left {@code room} with a {@code LEAVE} just appended: its presence record stays until that leave is
     * delivered or given up ({@link #leaveSettled}), so that while the log does not have it (refused, owed, and
     * appended again by {@link LogRefusals}) the room's members on every node still count it, and a node that dies
     * owing the leave has it said by the node expiry, which appends a leave for each member a dead node records.
     */
    void leaving(ChatRoom room, String name) {
        if (presence != null) {
            departing.add(departure(room, name));
        }
    }

    /**
     * The {@code LEAVE} of {@code name} in {@code room} was delivered, or given up because the name is back in the
     * room: when it was this node's member's, its presence record goes, unless the member is back here under that
     * very name (the record is the new seat's then).
     */
    void leaveSettled(ChatRoom room, String name) {
        if (departing.remove(departure(room, name)) && !room.seatedAs(name)) {
            left(room, name);
        }
    }

    private static String departure(ChatRoom room, String name) {
        return room.name() + '\n' + name;
    }

    /** {@code name} left {@code room}; a failure is logged (the node's members are removed when it stops). */
    void left(ChatRoom room, String name) {
        if (presence != null) {
            try {
                presence.left(room.name(), name);
            } catch (RoomLogException e) {
                logger.warn("could not tell the cluster that {} left {}: {}", name, room.name(), e.getMessage());
            }
        }
    }

    /** {@code listener} hears what the other nodes change for this node's members; nothing when alone. */
    void watch(ClusterListener listener) {
        if (presence != null) {
            presence.watch(listener);
        }
    }

    void unwatch(ClusterListener listener) {
        if (presence != null) {
            presence.unwatch(listener);
        }
    }

    /** The server-wide bans the nodes share. @throws RoomLogException when they cannot be read */
    List<String> bans() throws RoomLogException {
        return presence == null ? List.of() : presence.bans();
    }

    /**
     * The server-wide bans the nodes share, made {@code saved} first when the cluster never had a list (alone:
     * {@code saved}). @throws RoomLogException when they cannot be read
     */
    List<String> seedBans(List<String> saved) throws RoomLogException {
        return presence == null ? saved : presence.seedBans(saved);
    }

    /**
     * Shares the server-wide ban on {@code nameOrAddress} with the other nodes; when they cannot be told now (or
     * earlier changes still wait), it waits for {@link #sendPendingBans} and applies here meanwhile.
     */
    void ban(String nameOrAddress) {
        changeBan(nameOrAddress, true);
    }

    /** Lifts the shared server-wide ban spelled {@code nameOrAddress}; waits as {@link #ban} does. */
    void unban(String nameOrAddress) {
        changeBan(nameOrAddress, false);
    }

    private void changeBan(String entry, boolean banned) {
        if (presence == null) {
            return;
        }
        if (pendingBans.isEmpty()) {
            try {
                sendBan(entry, banned);
                return;
            } catch (RoomLogException e) {
                logger.warn("could not tell the other servers the {} on {} now; told once they can be: {}",
                        banned ? "ban" : "lifted ban", entry, e.getMessage());
            }
        }
        pendingBans.add(entry, banned);
    }

    private void sendBan(String entry, boolean banned) throws RoomLogException {
        if (banned) {
            presence.ban(entry);
        } else {
            presence.unban(entry);
        }
    }

    /**
     * Tells the other nodes the changes of the server-wide bans they could not be told when they were made, in order;
     * those they still cannot be told wait for the next call. Run by the server's timer, outside the lobby's lock.
     */
    void sendPendingBans() {
        if (pendingBans.isEmpty()) {
            return;
        }
        try {
            int sent = pendingBans.send(this::sendBan);
            logger.info("told the other servers {} changes of the server-wide bans made while they could not be told",
                    sent);
        } catch (RoomLogException e) {
            logger.debug("the other servers still cannot be told the changes of the server-wide bans: {}",
                    e.getMessage());
        }
    }

    /** The cluster's server-wide bans {@code shared} with the changes made here that it has not taken yet. */
    List<String> withPendingBans(List<String> shared) {
        return pendingBans.over(shared);
    }

    /**
     * Tells the other nodes that a room's bans or password changed, as a change of the bans: they read every open
     * room's settings again, remove their members the bans cover and tell them of a new password. Failures logged.
     */
    void roomSettingsChanged(String room) {
        tellOthers("the settings of room " + room, presence == null ? null : presence::bansChanged);
    }

    /** A change the other nodes are told of. */
    @FunctionalInterface
    private interface Telling {
        void run() throws RoomLogException;
    }

    private void tellOthers(String what, Telling telling) {
        if (presence != null) {
            try {
                telling.run();
            } catch (RoomLogException e) {
                logger.warn("could not tell the other servers {}: {}", what, e.getMessage());
            }
        }
    }

    /**
     * The folded keys ({@link NameRules#key}) of the members of {@code room} on the other nodes, compared as names
     * are; empty when alone. @throws RoomLogException when the other nodes cannot be asked
     */
    Set<String> othersKeys(ChatRoom room) throws RoomLogException {
        if (presence == null) {
            return Set.of();
        }
        Set<String> keys = new HashSet<>();
        presence.othersMembers(room.name()).forEach(name -> keys.add(NameRules.key(name)));
        return keys;
    }

    /**
     * The members of {@code room} on every node: those of the cluster sorted by name, then this node's own not yet
     * known there; this node's own alone (in joining order) when alone or when the other nodes cannot be asked.
     */
    List<String> names(String room, List<String> local) {
        if (presence == null) {
            return local;
        }
        try {
            TreeSet<String> all = new TreeSet<>(presence.members(room));
            List<String> names = new ArrayList<>(all);
            for (String name : local) {
                if (all.add(name)) {
                    names.add(name);
                }
            }
            return names;
        } catch (RoomLogException e) {
            logger.warn("members of {} on the other servers unknown: {}", room, e.getMessage());
            return local;
        }
    }
}
