package org.chatroom.irc.internal.session;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.chatroom.irc.internal.wire.MsgId;
import org.chatroom.protocol.NameRules;

/**
 * A message reference of {@code CHATHISTORY}: {@code msgid=ID} (an event of this room, by its sequence number) or
 * {@code timestamp=YYYY-MM-DDThh:mm:ss.sssZ}.
 *
 * @param seq  the event's sequence number, for a msgid
 * @param time the time, for a timestamp (then {@code seq} is 0)
 */
record HistoryRef(long seq, Instant time) {

    /**
     * @param incarnation the room's, as the client knows it ({@link MsgId#incarnation})
     * @return the reference {@code text} spells for {@code room}, or empty when it spells none, or another room's (one
     *         of another name, or of this name before it was created again)
     */
    static Optional<HistoryRef> parse(String text, String room, String incarnation) {
        if (text.startsWith("msgid=")) {
            return MsgId.parse(text.substring("msgid=".length()))
                    .filter(id -> NameRules.key(id.room()).equals(NameRules.key(room)))
                    .filter(id -> id.incarnation().isEmpty() || id.incarnation().equals(incarnation))
                    .map(id -> new HistoryRef(id.seq(), null));
        }
        if (text.startsWith("timestamp=")) {
            try {
                return Optional.of(new HistoryRef(0, Instant.parse(text.substring("timestamp=".length()))));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    boolean isTime() {
        return time != null;
    }
}
