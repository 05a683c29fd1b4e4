package org.chatroom.room.member;

import java.time.Instant;
import java.util.List;

import org.chatroom.api.log.RoomEvent;
import org.chatroom.protocol.ErrorCode;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * What a front end hears for one member. Called in the room's order, from the room's threads (under its lock), or
 * from the member's connection's thread when the session was opened with it ({@link MemberService#open(
 * java.net.InetSocketAddress, String, MemberListener, java.util.concurrent.Executor)}); an implementation must not
 * block: it encodes and queues.
 */
@ConsumerType
public interface MemberListener {

    /** A committed event of a room the member is in, its own included; in sequence order per room. */
    void event(RoomEvent event);

    /**
     * The member is in {@code state.room()} now: {@code history} are the events before it joined (marked history by
     * being here; the room's last N, or what it missed after the {@code since} it gave), {@code lost} how many events
     * it asked for that the log no longer keeps. Live events follow.
     */
    void joined(RoomState state, List<RoomEvent> history, long lost);

    /** A private message to or from the member (its own are echoed). */
    void privateMessage(Instant time, String from, String to, String text);

    /**
     * A private notice to or from the member (its own are echoed): a text no automatic reply answers (IRC's
     * {@code NOTICE} to a nick). A front end without notices shows it as a private message, as this default does.
     *
     * @since 1.7
     */
    default void privateNotice(Instant time, String from, String to, String text) {
        privateMessage(time, from, to, text);
    }

    /** A notice from the server or the host. */
    void notice(Instant time, String text);

    /** A refusal that is no answer to a call (e.g. the history could not be read). */
    void error(ErrorCode code, String text);

    /** The member was taken out of {@code room} by the host (ban, or the room closed). */
    void parted(String room, String reason);

    /** The room service closed the session (kicked, banned, flooding, too slow, stopped); no more calls follow. */
    void closed(String reason);
}
