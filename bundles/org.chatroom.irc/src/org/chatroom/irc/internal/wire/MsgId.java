package org.chatroom.irc.internal.wire;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The IRCv3 {@code msgid} of a room event: {@code SEQ.ROOM~INCARNATION}, the event's sequence number in its room's
 * log, the room's name in unpadded base64url (so the id is unique across rooms and needs no tag escaping) and a short
 * form of the room's identity ({@link #incarnation}): a room closed and created again, or one whose history did not
 * outlive a restart, numbers its events from 1 again, and the spec wants an id never given to another message (clients
 * drop a message whose id they have seen). A room message longer than one IRC line is sent as pieces: the second and
 * later pieces carry {@code SEQ.ROOM~INCARNATION.PIECE} (piece 1, 2...), since every line needs an id of its own; any
 * piece stands for its event when a client refers to it. Ids without an incarnation (given before there were any) are
 * read as well.
 *
 * @param room        the room's name, as the log gave it
 * @param incarnation the short form of the room's identity; empty in an id given without one
 * @param seq         the event's sequence number, 1 or more
 * @param piece       0 for the event's first (or only) line, else which further line of it
 */
public record MsgId(String room, String incarnation, long seq, int piece) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** The short form of a room's identity ({@code RoomState.identity()}) in its ids; empty for none. */
    public static String incarnation(String identity) {
        return identity.isEmpty() ? "" : Integer.toUnsignedString(identity.hashCode(), 36);
    }

    /** The id of the first line of event {@code seq} of {@code room}, whose {@link #incarnation} is given. */
    public static String of(String room, String incarnation, long seq) {
        return of(room, incarnation, seq, 0);
    }

    public static String of(String room, String incarnation, long seq, int piece) {
        String id = seq + "." + ENCODER.encodeToString(room.getBytes(StandardCharsets.UTF_8))
                + (incarnation.isEmpty() ? "" : "~" + incarnation);
        return piece == 0 ? id : id + "." + piece;
    }

    /** @return the id {@code text} spells, or empty when it is no id this server gave */
    public static Optional<MsgId> parse(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length < 2 || parts.length > 3 || !digits(parts[0]) || parts[1].isEmpty()
                || parts.length == 3 && !digits(parts[2])) {
            return Optional.empty();
        }
        int tilde = parts[1].indexOf('~');
        String incarnation = tilde < 0 ? "" : parts[1].substring(tilde + 1);
        String encoded = tilde < 0 ? parts[1] : parts[1].substring(0, tilde);
        if (tilde >= 0 && (incarnation.isEmpty() || !incarnation.chars().allMatch(Character::isLetterOrDigit))) {
            return Optional.empty();
        }
        try {
            long seq = Long.parseLong(parts[0]);
            int piece = parts.length == 3 ? Integer.parseInt(parts[2]) : 0;
            String room = new String(DECODER.decode(encoded), StandardCharsets.UTF_8);
            return seq < 1 || room.isEmpty() ? Optional.empty() : Optional.of(new MsgId(room, incarnation, seq, piece));
        } catch (IllegalArgumentException e) { // an overflowing number, or no base64url
            return Optional.empty();
        }
    }

    private static boolean digits(String text) {
        return !text.isEmpty() && text.length() <= 19 && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
