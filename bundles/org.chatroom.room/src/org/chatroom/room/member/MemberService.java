package org.chatroom.room.member;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

import org.chatroom.api.room.RoomInfo;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Registered by the room service while its rooms run (and unregistered when they stop), so a front end that
 * references it statically starts and stops with the rooms.
 */
@ProviderType
public interface MemberService {

    /**
     * Opens a session for one user of a front end, not yet named ({@link MemberSession#register}).
     *
     * @param address  where the user connects from (address bans apply to it), or {@code null} when unknown
     * @param via      a short word naming the front end, for the log (e.g. {@code irc})
     * @param listener hears the session's rooms; called from the room's threads, never blocking
     * @throws MemberException {@code ROOM_BANNED} for a banned address, {@code NOT_JOINED} when the rooms stopped
     */
    MemberSession open(InetSocketAddress address, String via, MemberListener listener) throws MemberException;

    /**
     * Opens a session as above whose listener is called on {@code loop}, the transport thread serving the user's
     * connection ({@code Connection.executor()}): every call after everything the rooms queued there before, in the
     * order the rooms made them, and live room events for all members on that thread in one task, so a front end
     * encodes an event once for all of them and writes from its connection's own thread. Its replies to the user's
     * own commands must then go through {@code loop} as well to stay behind the events committed before them.
     *
     * @param loop the connection's thread, or {@code null} for calls on the rooms' threads as {@link #open} makes
     * @since 1.1
     */
    MemberSession open(InetSocketAddress address, String via, MemberListener listener, Executor loop)
            throws MemberException;

    /** The limits every member is held to, so a front end can state them to its users. */
    MemberLimits limits();

    /** The rooms: the default room first, then by name. */
    List<RoomInfo> rooms();

    /** The member called {@code name} (compared as the room compares names), with the rooms it is in. */
    Optional<MemberInfo> member(String name);

    /** How many members are on the server. */
    int memberCount();

    /**
     * Why the rooms are stopping, once their host stopped them (what their members are told, e.g. "The host closed
     * the room."), so that a front end withdrawn with this service tells its users the same; empty while they run.
     *
     * @since 1.5
     */
    default Optional<String> stopping() {
        return Optional.empty();
    }
}
