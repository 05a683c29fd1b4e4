package org.chatroom.api.client;

import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened in the room, as a UI shows it.
 *
 * @param kind what happened
 * @param time server time when the room sent it; the local receive time against an original-protocol room
 * @param from the member who caused it, empty for room notices
 * @param to   the addressee of a private message; for an {@link Kind#ERROR}, the member a private message the room
 *             refused was for (since 1.11); else empty
 * @param text message text, new name for {@link Kind#NICK}, topic for {@link Kind#TOPIC}, notice text otherwise
 * @param room    the room it happened in, empty when the room does not name it (protocols before {@code chatroom/2},
 *                private messages, notices of the client) (since 1.2)
 * @param seq     its sequence number in {@code room}, {@code 0} when it has none (since 1.2); {@link #RENUMBERED}
 *                for a notice that the room's numbering starts afresh (since 1.11)
 * @param history whether it is history (sent on joining or resuming, or scroll-back) rather than live (since 1.2)
 */
public record ChatEvent(Kind kind, Instant time, String from, String to, String text, String room, long seq,
        boolean history) {

    /** Event kinds. */
    public enum Kind {
        /** A chat message. */
        MESSAGE,
        /** An action ({@code /me waves}). */
        ACTION,
        /** A private message to or from this client. */
        PRIVATE,
        JOIN,
        LEAVE,
        NICK,
        TOPIC,
        /** A notice of the room or of the client itself (welcome, connection state, original-protocol text). */
        NOTICE,
        /** An error the room reported for something this client sent. */
        ERROR,
        /**
         * A notice of the server itself that concerns no room (an IRC network's message of the day, its notices to
         * this client); {@code from} names the server, or its network once known. A UI may show these apart from the
         * rooms, as IRC clients show them in a tab of the server (since 1.6).
         */
        SERVER
    }

    /**
     * The {@code seq} of a {@link Kind#NOTICE} saying that its room's numbering starts afresh: the room the client
     * resumed is not the one it left (created again since, or a server whose history did not outlive a restart), and
     * what comes next from it is a new room's history, numbered from 1 again (since 1.11).
     */
    public static final long RENUMBERED = -1;

    public ChatEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(time, "time");
        from = from == null ? "" : from;
        to = to == null ? "" : to;
        text = text == null ? "" : text;
        room = room == null ? "" : room;
    }

    /** An event that names no room, as in version 1.1. */
    public ChatEvent(Kind kind, Instant time, String from, String to, String text) {
        this(kind, time, from, to, text, "", 0, false);
    }
}
