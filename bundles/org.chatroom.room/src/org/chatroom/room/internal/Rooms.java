package org.chatroom.room.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.chatroom.api.log.LogUsage;
import org.chatroom.api.log.RoomLog;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.api.log.RoomStream;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.NameRules;
import org.chatroom.protocol.RoomNames;
import org.osgi.service.log.Logger;

/**
 * The rooms of a server, by name (compared like member names): the default room and those created since, restored
 * from the room log at start. Used under the lobby's lock.
 */
final class Rooms {

    private final RoomLog log;
    private final RoomPolicy policy;
    private final RoomLimits limits;
    private final Object lock;
    private final Logger logger;
    private final Cluster cluster;
    private final ChatRoom.Refusals refusals;
    private final Map<String, ChatRoom> byKey = new TreeMap<>();
    private ChatRoom defaultRoom;

    Rooms(RoomLog log, Cluster cluster, RoomPolicy policy, RoomLimits limits, Object lock,
            ChatRoom.Refusals refusals, Logger logger) {
        this.log = log;
        this.cluster = cluster;
        this.refusals = refusals;
        this.policy = policy;
        this.limits = limits;
        this.lock = lock;
        this.logger = logger;
    }

    /**
     * Opens the default room and every room the log remembers.
     *
     * @throws RoomLogException when the log is unavailable: the server must not run without it
     */
    void restore() throws RoomLogException {
        if (RoomNames.check(policy.defaultRoom(), policy.maxRoomNameLength()).isPresent()) {
            throw new IllegalArgumentException(Messages.get("room.badDefault", policy.defaultRoom()));
        }
        defaultRoom = open(policy.defaultRoom(), true);
        for (String name : log.rooms()) {
            ChatRoom same = byKey.get(NameRules.key(name));
            if (same != null && !same.name().equals(name)) {
                // two rooms an earlier version told apart (dr.who, dr_who) that the names' folding now makes one
                logger.warn("room {} is not opened: its name is now the same as room {}'s", name, same.name());
            } else if (same == null && RoomNames.check(name, policy.maxRoomNameLength()).isEmpty()) {
                open(name, false);
            }
        }
        logger.info("rooms ({}): {}", byKey.size(), byKey.values().stream().map(ChatRoom::name)
                .sorted(String.CASE_INSENSITIVE_ORDER).toList());
    }

    private ChatRoom open(String name, boolean isDefault) throws RoomLogException {
        ChatRoom room = new ChatRoom(name, isDefault, lock, limits.maxQueuedBytes(), cluster, refusals, logger);
        RoomStream stream = log.open(name, room);
        try {
            room.attach(stream);
            stream.retention(room.history().retention(policy.retention()));
        } catch (RoomLogException | RuntimeException e) {
            stream.close();
            throw e;
        }
        byKey.put(room.key(), room);
        return room;
    }

    ChatRoom defaultRoom() {
        return defaultRoom;
    }

    /** @throws RoomRefusal {@link ErrorCode#NO_SUCH_ROOM} (or {@link ErrorCode#ROOM_INVALID} for a bad name) */
    ChatRoom get(String name) throws RoomRefusal {
        ChatRoom room = byKey.get(NameRules.key(name));
        if (room == null && cluster.shared()) {
            room = openCreatedElsewhere(name);
        }
        if (room == null) {
            checkName(name);
            throw new RoomRefusal(ErrorCode.NO_SUCH_ROOM, Messages.get("error.noSuchRoom", name));
        }
        return room;
    }

    /** The room called {@code name} that another server sharing the log created, opened here; null when none. */
    private ChatRoom openCreatedElsewhere(String name) throws RoomRefusal {
        try {
            for (String known : log.rooms()) {
                if (NameRules.key(known).equals(NameRules.key(name))
                        && RoomNames.check(known, policy.maxRoomNameLength()).isEmpty()) {
                    logger.info("room {} was created on another server: opened here", known);
                    return open(known, false);
                }
            }
            return null;
        } catch (RoomLogException e) {
            throw new RoomRefusal(ErrorCode.LOG_UNAVAILABLE, Messages.get("error.logUnavailable", e.getMessage()));
        }
    }

    Cluster cluster() {
        return cluster;
    }

    /** The room called {@code name}, or null. */
    ChatRoom find(String name) {
        return byKey.get(NameRules.key(name));
    }

    /** Creates a room after checking its name and the server's limit. */
    ChatRoom create(String name) throws RoomRefusal {
        checkName(name);
        if (byKey.containsKey(NameRules.key(name)) || cluster.shared() && openCreatedElsewhere(name) != null) {
            throw new RoomRefusal(ErrorCode.ROOM_EXISTS, Messages.get("error.roomExists", name));
        }
        if (byKey.size() >= policy.maxRooms()) {
            throw new RoomRefusal(ErrorCode.TOO_MANY_ROOMS, Messages.get("error.tooManyRooms", policy.maxRooms()));
        }
        try {
            return open(name, false); // its identity (creation time) written as it opens; its creator logs it
        } catch (RoomLogException e) {
            logger.error("could not create room {}: the room log refused it", name, e);
            throw new RoomRefusal(ErrorCode.LOG_UNAVAILABLE, Messages.get("error.logUnavailable", e.getMessage()));
        }
    }

    private void checkName(String name) throws RoomRefusal {
        var problem = RoomNames.check(name, policy.maxRoomNameLength());
        if (problem.isPresent()) {
            throw new RoomRefusal(problem.get().code(), problem.get().message());
        }
    }

    /** Forgets {@code room} and deletes its history. */
    void delete(ChatRoom room) throws RoomLogException {
        byKey.remove(room.key());
        room.released();
        room.stream().delete();
        logger.info("room {} closed and its history deleted", room.name());
    }

    /** The default room first, then by name. */
    List<ChatRoom> list() {
        List<ChatRoom> list = new ArrayList<>(byKey.size());
        for (ChatRoom room : byKey.values()) {
            if (room != defaultRoom) {
                list.add(room);
            }
        }
        // by name, as people read them: the keys are folded for look-alikes ("n1a" is keyed "nla", after "n2a")
        list.sort(Comparator.comparing((ChatRoom room) -> room.name().toLowerCase(Locale.ROOT))
                .thenComparing(ChatRoom::name));
        list.add(0, defaultRoom);
        return list;
    }

    /** What the log holds (not under the lock: the log answers for itself). */
    LogUsage usage() throws RoomLogException {
        return log.usage();
    }

    RoomPolicy policy() {
        return policy;
    }

    /** Stops hearing the log (the server stops); the history stays. */
    void closeAll() {
        for (ChatRoom room : byKey.values()) {
            room.released();
            room.stream().close();
            room.clearSeats();
        }
        byKey.clear();
    }
}
