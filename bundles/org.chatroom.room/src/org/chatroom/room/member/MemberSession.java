package org.chatroom.room.member;

import java.util.List;

import org.chatroom.api.log.EventKind;
import org.chatroom.api.log.RoomEvent;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One front-end user in the rooms. Calls come from the front end's thread for that user, one at a time. A refusal
 * is thrown as a {@link MemberException} carrying the room's error code; what goes wrong later (a history read)
 * reaches {@link MemberListener#error}. Every call that changes something counts against the member's flood limit.
 */
@ProviderType
public interface MemberSession {

    /** The member's name; empty until registered. */
    String name();

    /**
     * Takes {@code name} on the server, after the server password when the server has one.
     *
     * @param password the server password, empty when the user gave none
     * @throws MemberException {@code BAD_PASSWORD}, {@code LOCKED_OUT} (closed), a name problem ({@code NICK_*}),
     *                         {@code RATE_LIMITED}
     */
    void register(String name, String password) throws MemberException;

    /** Changes the member's name; the rooms it is in see the change. */
    void rename(String newName) throws MemberException;

    /**
     * Joins {@code room}, creating it first when it does not exist and members may create rooms (with {@code key}
     * as its password). The join completes later with {@link MemberListener#joined}.
     *
     * @param since the last sequence number the member has of this room to resume after it, or {@code -1} for the
     *              room's usual history on joining
     */
    void join(String room, String key, long since) throws MemberException;

    /**
     * Whether a later join without resume ({@code since} {@code -1}) brings the room's usual history (by default it
     * does). A front end whose user cannot be shown it, or asks for history itself, says no, and the rooms do not read
     * it: {@link MemberListener#joined} then gets no events.
     *
     * @since 1.2
     */
    void historyOnJoin(boolean wanted);

    /** Leaves {@code room}; the others see the leave with {@code reason}. */
    void part(String room, String reason) throws MemberException;

    /**
     * Says ({@link EventKind#MESSAGE}), acts ({@link EventKind#ACTION}) or sends a notice ({@link EventKind#NOTICE},
     * since 1.6) in a room the member is in.
     */
    void say(String room, EventKind kind, String text) throws MemberException;

    /** Sets the topic of a room the member is in. */
    void topic(String room, String text) throws MemberException;

    /** Sends {@code text} to the member called {@code to}; it is echoed through {@link MemberListener}. */
    void privateMessage(String to, String text) throws MemberException;

    /**
     * Sends {@code text} to the member called {@code to} as a notice: a front end with notices gives it as one (IRC's
     * {@code NOTICE}, which bots never answer), the others as a private message. Echoed through
     * {@link MemberListener#privateNotice}.
     *
     * @since 1.7
     */
    void privateNotice(String to, String text) throws MemberException;

    /** The room's state now (any room, joined or not). */
    RoomState room(String room) throws MemberException;

    /**
     * Reads a room's history (the member must be in it), blocking on the room log.
     *
     * @param before the events before this sequence number, newest last
     * @param max    1 to {@link MemberLimits#historyMaxPage()}
     */
    List<RoomEvent> before(String room, long before, int max) throws MemberException;

    /** The events after {@code after}, oldest first, at most {@code max}; blocking on the room log. */
    List<RoomEvent> after(String room, long after, int max) throws MemberException;

    /** Counts one line the front end received that no other call here counts (a query), against the flood limit. */
    void admit() throws MemberException;

    /**
     * Runs {@code task} where the listener is called, after every call the rooms queued for this member before: on the
     * connection's thread when the session was opened with one (at once otherwise). A front end's replies to its
     * user's commands go this way, so that none overtakes a room event committed before it.
     *
     * @since 1.1
     */
    void later(Runnable task);

    /** Leaves every room and frees the name; the others see {@code reason}. Further calls are refused. */
    void close(String reason);
}
