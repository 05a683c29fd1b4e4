package org.chatroom.api.log;

import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Hears what the other nodes of a cluster changed that concerns this node's members ({@link ClusterPresence#watch}).
 * Called from a thread of the presence, one call at a time; must not block for long.
 *
 * @since 1.2
 */
@ConsumerType
public interface ClusterListener {

    /**
     * This node was cut off from the others longer than their expiry, they removed its members (each room said they
     * left), and meanwhile members of other nodes took {@code names}: those names are no longer this node's members'.
     * The rule is that the claim the cluster holds wins; the members of this node who had them are to be told and
     * taken out of the rooms, without another leave (the rooms already had it).
     */
    default void namesLost(Set<String> names) {
        // nothing to do for a listener that keeps no members
    }

    /** Bans changed on some node (the server-wide ones or a room's): read them again and apply them. */
    default void bansChanged() {
        // nothing to do for a listener that applies no bans
    }
}
