package org.chatroom.room.internal;

import java.util.List;
import java.util.Set;

import org.chatroom.api.log.ClusterListener;
import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.log.RoomLogException;
import org.osgi.service.log.Logger;

/**
 * What the other servers of a cluster change for this server's members, applied here: a name one of them took while
 * this server was cut off from them stays theirs (the claim the cluster holds wins) and this server's member who had
 * it is told and disconnected; a ban set on any server (server-wide or a room's) removes the members it covers here
 * too, and the server-wide bans are the cluster's.
 */
final class ClusterWatch implements ClusterListener {

    private final Lobby lobby;
    private final Logger logger;

    ClusterWatch(Lobby lobby, Logger logger) {
        this.lobby = lobby;
        this.logger = logger;
    }

    /**
     * Takes the server-wide bans of the cluster at start; a cluster that has none yet gets this server's. Under the
     * lobby's lock. @throws RoomLogException when the cluster's bans cannot be read
     */
    void start() throws RoomLogException {
        Cluster cluster = lobby.rooms().cluster();
        List<String> shared = cluster.bans();
        if (shared.isEmpty()) {
            lobby.bans().list().forEach(cluster::ban);
        } else {
            replaceBans(shared);
        }
        cluster.watch(this);
    }

    void stop() {
        lobby.rooms().cluster().unwatch(this);
    }

    @Override
    public void namesLost(Set<String> names) {
        for (String name : names) {
            if (lobby.nameLost(name, Messages.get("bye.nameLost", name))) {
                logger.warn("{} was disconnected: a member of another server took the name while this server "
                        + "could not reach the others", name);
            }
        }
    }

    @Override
    public void bansChanged() {
        List<String> shared;
        try {
            shared = lobby.rooms().cluster().bans();
        } catch (RoomLogException e) {
            logger.warn("bans changed on another server but cannot be read: {}", e.getMessage());
            return;
        }
        String reason = Messages.get("leave.bannedNoReason");
        synchronized (lobby.lock) {
            replaceBans(shared);
            Bans bans = lobby.bans();
            List<String> removed = lobby.remove(member -> bans.bansName(member.name())
                    || bans.bansAddress(member.address()), reason, RoomEvent.SERVER, Encoders.refusal(Messages.get("bye.removedNoReason")));
            if (!removed.isEmpty()) {
                logger.info("removed by a ban set on another server: {}", removed);
            }
            RoomAdmin admin = new RoomAdmin(lobby);
            for (ChatRoom room : lobby.rooms().list()) {
                try {
                    room.reload();
                    admin.expelBanned(room, reason);
                } catch (RoomLogException e) {
                    logger.warn("the bans of room {} cannot be read: {}", room.name(), e.getMessage());
                }
            }
        }
    }

    private void replaceBans(List<String> shared) {
        lobby.bans().replace(shared).forEach(refused -> logger.warn("ignored a shared ban: {}", refused));
    }
}
