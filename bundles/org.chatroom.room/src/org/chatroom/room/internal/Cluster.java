package org.chatroom.room.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.chatroom.api.log.ClusterListener;
import org.chatroom.api.log.ClusterPresence;
import org.chatroom.api.log.RoomLogException;
import org.osgi.service.log.Logger;

/**
 * The other servers (nodes) that share this server's rooms through a distributed room log, seen through its
 * {@link ClusterPresence}: names unique across the nodes, and member lists that include the other nodes' members.
 * On a server alone ({@link #alone}) every operation is local and cannot fail. Used under the lobby's lock.
 */
final class Cluster {

    private final ClusterPresence presence; // null when alone
    private final Logger logger;

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

    /** Shares the server-wide ban on {@code nameOrAddress} with the other nodes; a failure is logged. */
    void ban(String nameOrAddress) {
        tellOthers("the ban on " + nameOrAddress, () -> presence.ban(nameOrAddress));
    }

    /** Lifts the shared server-wide ban spelled {@code nameOrAddress}; a failure is logged. */
    void unban(String nameOrAddress) {
        tellOthers("the lifted ban on " + nameOrAddress, () -> presence.unban(nameOrAddress));
    }

    /** Tells the other nodes that a room's bans changed (they remove their members it covers); failures logged. */
    void roomBansChanged(String room) {
        tellOthers("the bans of room " + room, presence == null ? null : presence::bansChanged);
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

    /** Whether a member of any node called {@code name} is in {@code room}; false when alone or not known. */
    boolean has(ChatRoom room, String name) {
        if (presence == null) {
            return false;
        }
        try {
            return presence.members(room.name()).contains(name);
        } catch (RoomLogException e) {
            logger.warn("members of {} on the other servers unknown: {}", room.name(), e.getMessage());
            return false;
        }
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
