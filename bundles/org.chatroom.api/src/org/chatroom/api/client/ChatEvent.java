package org.chatroom.api.client;

import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened in the room, as a UI shows it.
 *
 * @param kind what happened
 * @param time server time when the room sent it; the local receive time against an original-protocol room
 * @param from the member who caused it, empty for room notices
 * @param to   the addressee of a private message, else empty
 * @param text message text, new name for {@link Kind#NICK}, topic for {@link Kind#TOPIC}, notice text otherwise
 */
public record ChatEvent(Kind kind, Instant time, String from, String to, String text) {

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
        ERROR
    }

    public ChatEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(time, "time");
        from = from == null ? "" : from;
        to = to == null ? "" : to;
        text = text == null ? "" : text;
    }
}
