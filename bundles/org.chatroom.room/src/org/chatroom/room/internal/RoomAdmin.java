package org.chatroom.room.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.chatroom.api.log.LogUsage;
import org.chatroom.api.log.Retention;
import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.api.room.RoomInfo;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.RoomLine;

/** What the host does to the rooms of a running server: list, create, close, topic, password and bans per room. */
public final class RoomAdmin {

    private final Lobby lobby;

    RoomAdmin(Lobby lobby) {
        this.lobby = lobby;
    }

    public List<RoomInfo> rooms() {
        synchronized (lobby.lock) {
            List<RoomInfo> infos = new ArrayList<>();
            for (ChatRoom room : lobby.rooms().list()) {
                infos.add(room.info());
            }
            return infos;
        }
    }

    /** @throws IllegalArgumentException for a bad name; IllegalStateException for any other refusal */
    public RoomInfo create(String name) {
        synchronized (lobby.lock) {
            try {
                return lobby.rooms().create(name).info();
            } catch (RoomRefusal refusal) {
                if (refusal.code() == ErrorCode.ROOM_INVALID) {
                    throw new IllegalArgumentException(refusal.getMessage());
                }
                throw new IllegalStateException(refusal.getMessage());
            }
        }
    }

    /** @return whether the room existed; @throws IllegalArgumentException for the default room */
    public boolean close(String name, String reason) {
        synchronized (lobby.lock) {
            ChatRoom room = lobby.rooms().find(name);
            if (room == null) {
                return false;
            }
            if (room.isDefault()) {
                throw new IllegalArgumentException(Messages.get("room.defaultClose", room.name()));
            }
            byte[] closed = EventEncoder.line(new RoomLine.Closed(Instant.now(), room.name(), reason));
            for (Seat seat : room.seats()) {
                room.unseat(seat.session());
                lobby.roomsOf(seat.session()).remove(room);
                seat.session().parted(room.name(), reason, closed);
            }
            try {
                lobby.rooms().delete(room);
            } catch (RoomLogException e) {
                throw new IllegalStateException(Messages.get("error.logUnavailable", e.getMessage()), e);
            }
            return true;
        }
    }

    public boolean topic(String name, String setter, String text) {
        return withRoom(name, room -> room.topic(setter, text));
    }

    public boolean password(String name, String password) {
        return withRoom(name, room -> {
            if (room.isDefault()) {
                throw new IllegalArgumentException(Messages.get("room.defaultPassword", room.name()));
            }
            room.password(password);
            passwordChanged(room);
            lobby.rooms().cluster().roomSettingsChanged(room.name()); // their members are told too
        });
    }

    /**
     * Tells the members of {@code room} this server serves that the host set or removed its password (here, or on
     * another server sharing the room). Under the lobby's lock.
     */
    void passwordChanged(ChatRoom room) {
        tellMembers(room, Messages.get(room.passwordRequired() ? "room.passwordSet" : "room.passwordRemoved",
                room.name()));
    }

    /** Tells the members of {@code room} this server serves {@code text} as a notice. Under the lobby's lock. */
    private static void tellMembers(ChatRoom room, String text) {
        Delivery notice = Encoders.notice(Instant.now(), text);
        for (Seat seat : room.seats()) {
            seat.session().deliver(notice);
        }
    }

    /** Bans from one room and takes the matching members out of it, telling them {@code reason}. */
    public boolean ban(String name, String nameOrAddress, String leaveReason) {
        return withRoom(name, room -> {
            room.ban(nameOrAddress);
            lobby.rooms().cluster().roomSettingsChanged(room.name());
            expelBanned(room, leaveReason);
        });
    }

    /**
     * Takes the members the room's bans cover out of it, telling them {@code leaveReason}; their leave names the
     * server as who removed them. A member that cannot be outside the default room (original protocol,
     * {@code chatroom/1}) is removed from the server, told in its own protocol that it is banned from the room: it
     * was sent a {@code chatroom/2} line it cannot read and left connected in no room. Under the lobby's lock.
     */
    void expelBanned(ChatRoom room, String leaveReason) {
        byte[] parted = EventEncoder.line(new RoomLine.Parted(Instant.now(), room.name(), leaveReason));
        Set<Session> inDefaultOnly = new HashSet<>();
        for (Seat seat : room.seats()) {
            Session member = seat.session();
            if (!room.bans().bansName(member.name()) && !room.bans().bansAddress(member.address())) {
                continue;
            }
            if (member.version() == 2) {
                lobby.leaveRoom(room, member, leaveReason, RoomEvent.SERVER);
                member.parted(room.name(), leaveReason, parted);
            } else {
                inDefaultOnly.add(member);
            }
        }
        if (!inDefaultOnly.isEmpty()) {
            lobby.remove(inDefaultOnly::contains, leaveReason, RoomEvent.SERVER,
                    Encoders.refusal(Messages.get("bye.roomBanned", room.name(), leaveReason)));
        }
    }

    /**
     * Takes the member called {@code name} out of one room; one that cannot be outside the default room (original
     * protocol, {@code chatroom/1}) is removed from the server, told {@code byeText}.
     *
     * @return whether it was in that room
     */
    public boolean kick(String roomName, String name, String leaveReason, String byeText) {
        synchronized (lobby.lock) {
            ChatRoom room = lobby.rooms().find(roomName);
            Session member = room == null ? null : lobby.named(name);
            if (member == null || room.seat(member) == null) {
                return false;
            }
            if (member.version() == 2) {
                lobby.leaveRoom(room, member, leaveReason, RoomEvent.SERVER);
                member.parted(room.name(), leaveReason,
                        EventEncoder.line(new RoomLine.Parted(Instant.now(), room.name(), leaveReason)));
            } else {
                lobby.remove(session -> session == member, leaveReason, RoomEvent.SERVER,
                        Encoders.refusal(byeText));
            }
            return true;
        }
    }

    public boolean unban(String name, String nameOrAddress) {
        boolean[] lifted = new boolean[1];
        withRoom(name, room -> {
            lifted[0] = room.unban(nameOrAddress);
            lobby.rooms().cluster().roomSettingsChanged(room.name());
        });
        return lifted[0];
    }

    public List<String> bans(String name) {
        synchronized (lobby.lock) {
            ChatRoom room = lobby.rooms().find(name);
            return room == null ? List.of() : room.bans().list();
        }
    }

    /** Sets the room's own retention ({@code null}: the server's default) and applies it at once. */
    public boolean retention(String name, Retention retention) {
        return withRoom(name, room -> room.history().retention(room.stream(), retention,
                lobby.rooms().policy().retention()));
    }

    public Optional<Retention> retention(String name) {
        synchronized (lobby.lock) {
            ChatRoom room = lobby.rooms().find(name);
            return room == null ? Optional.empty()
                    : Optional.of(room.history().retention(lobby.rooms().policy().retention()));
        }
    }

    /** @throws IllegalArgumentException when {@code lines} is below -1 or above a history page */
    public boolean originalHistory(String name, int lines) {
        int most = lobby.rooms().policy().maxHistoryPage();
        if (lines < -1 || lines > most) {
            throw new IllegalArgumentException(Messages.get("host.badOriginalHistory", lines, most));
        }
        return withRoom(name, room -> room.history().originalLines(room.stream(), lines));
    }

    /** What the room log holds; @throws IllegalStateException when it cannot say */
    public LogUsage usage() {
        try {
            return lobby.rooms().usage();
        } catch (RoomLogException e) {
            throw new IllegalStateException(Messages.get("error.logUnavailable", e.getMessage()), e);
        }
    }

    private interface RoomChange {
        void apply(ChatRoom room) throws RoomLogException;
    }

    private boolean withRoom(String name, RoomChange change) {
        synchronized (lobby.lock) {
            ChatRoom room = lobby.rooms().find(name);
            if (room == null) {
                return false;
            }
            try {
                room.edited();
                change.apply(room);
            } catch (RoomLogException e) {
                throw new IllegalStateException(Messages.get("error.logUnavailable", e.getMessage()), e);
            }
            return true;
        }
    }
}
