package org.chatroom.room.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
     * Takes the server-wide bans of the cluster at start; a cluster that never had any (no server ever banned or
     * seeded) gets this server's saved ones first. Once the cluster has a list it is the truth, also when it is empty:
     * a server's own saved bans do not bring back a ban lifted elsewhere, and they mirror the cluster's list
     * ({@link Bans#mirrored}). Under the lobby's lock (the server is not listening yet).
     *
     * @throws RoomLogException when the cluster's bans cannot be read
     */
    void start() throws RoomLogException {
        Cluster cluster = lobby.rooms().cluster();
        replaceBans(cluster.seedBans(lobby.bans().list()));
        lobby.bans().mirrored();
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

    /**
     * Reads the cluster's server-wide bans and every open room's settings outside the lobby's lock (a round trip
     * each), then applies them under it: removes the members they cover, and tells the members of a room whose
     * password another server set or removed (a change of the password is told as one of the bans:
     * {@link Cluster#roomSettingsChanged}). A room whose settings this server changed
     * meanwhile keeps its own (that change raised the ban counter, so the next heartbeat reads them again).
     */
    @Override
    public void bansChanged() {
        List<String> shared;
        try {
            shared = lobby.rooms().cluster().bans();
        } catch (RoomLogException e) {
            logger.warn("bans changed on another server but cannot be read: {}", e.getMessage());
            return;
        }
        Map<ChatRoom, Long> edits = new LinkedHashMap<>();
        synchronized (lobby.lock) {
            lobby.rooms().list().forEach(room -> edits.put(room, room.edits()));
        }
        Map<ChatRoom, RoomSettings> read = new LinkedHashMap<>();
        edits.forEach((room, before) -> {
            try {
                read.put(room, new RoomSettings(room.stream().settings(), before));
            } catch (RoomLogException e) {
                logger.warn("the bans of room {} cannot be read: {}", room.name(), e.getMessage());
            }
        });
        apply(shared, read);
        lobby.bans().mirrored();
    }

    /** A room's settings as read, and how many changes this server had made to them before. */
    private record RoomSettings(Map<String, String> settings, long editsBefore) {
    }

    private void apply(List<String> shared, Map<ChatRoom, RoomSettings> read) {
        String reason = Messages.get("leave.bannedNoReason");
        synchronized (lobby.lock) {
            replaceBans(shared);
            Bans bans = lobby.bans();
            List<String> removed = lobby.remove(member -> bans.bansName(member.name())
                    || bans.bansAddress(member.address()), reason, RoomEvent.SERVER,
                    Encoders.refusal(Messages.get("bye.bannedNoReason")));
            if (!removed.isEmpty()) {
                logger.info("removed by a ban set on another server: {}", removed);
            }
            RoomAdmin admin = new RoomAdmin(lobby);
            read.forEach((room, settings) -> {
                String password = room.passwordHash();
                if (lobby.rooms().find(room.name()) == room && room.apply(settings.settings(), settings.editsBefore())) {
                    admin.expelBanned(room, reason);
                    if (!password.equals(room.passwordHash())) { // the host set or removed it on another server
                        admin.passwordChanged(room);
                    }
                }
            });
        }
    }

    /** Takes {@code shared}, the cluster's server-wide bans, with the changes made here it has not taken yet. */
    private void replaceBans(List<String> shared) {
        lobby.bans().replace(lobby.rooms().cluster().withPendingBans(shared))
                .forEach(refused -> logger.warn("ignored a shared ban: {}", refused));
    }
}
