package org.chatroom.protocol;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.chatroom.api.log.EventKind;

/**
 * A line the server sends to a client of protocol 2 ({@link Hello#VERSION_2}): room-addressed lines, and the lines it
 * shares with version 1 ({@code WELCOME}, {@code PRIV}, {@code NOTICE}, {@code ERR}, {@code BYE}) wrapped in
 * {@link Plain}. {@link #toLine()} gives the line without its newline.
 *
 * @since 1.2
 */
public sealed interface RoomLine {

    String toLine();

    /** A line of version 1, unchanged in version 2. */
    record Plain(ServerEvent event) implements RoomLine {
        @Override
        public String toLine() {
            return event.toLine();
        }
    }

    /** One room of the list: its name, how many members are in it and its topic (may be empty). */
    record RoomInfo(String room, int members, String topic) implements RoomLine {
        @Override
        public String toLine() {
            return LineFields.join("ROOM", topic, room, Integer.toString(members));
        }
    }

    /** Ends the room list: {@code count} {@code ROOM} lines came before it. */
    record RoomsEnd(int count) implements RoomLine {
        @Override
        public String toLine() {
            return "ROOMS " + count;
        }
    }

    /** How a {@link Event} line reached the client. */
    enum Mark {
        /** Live: the event just happened ({@code EVENT}). */
        EVENT,
        /** History: sent on joining, resuming or scrolling back ({@code HISTORY}). */
        HISTORY,
        /** A search result ({@code FOUND}). */
        FOUND
    }

    /**
     * An event of {@code room}, number {@code seq}. {@code name} is the member it is about (for {@code NICK} the old
     * name), {@code text} the message, action, topic, leave reason or new name.
     */
    record Event(Mark mark, String room, long seq, Instant time, EventKind kind, String name, String text)
            implements RoomLine {
        /** A notice goes as a message: {@code chatroom/2} has no notices, and its clients know no such kind. */
        @Override
        public String toLine() {
            EventKind shown = kind == EventKind.NOTICE ? EventKind.MESSAGE : kind;
            return LineFields.join(mark.name(), text, room, Long.toString(seq), Timestamps.format(time), shown.name(),
                    name);
        }
    }

    /** {@code count} events of {@code room} asked for are no longer kept (retention) and will not come. */
    record Lost(String room, long count) implements RoomLine {
        @Override
        public String toLine() {
            return "LOST " + room + " " + count;
        }
    }

    /**
     * The join of {@code room} is complete: the history ended at {@code seq}, live events follow from {@code seq + 1}.
     * {@code identity} tells this room from an earlier or later room of the same name (one closed and created again,
     * or one whose history did not outlive a restart): an opaque token without spaces, empty from a server before
     * protocol bundle 1.3. A client resumes with it ({@link RoomCommand.Join#identity()}).
     */
    record Joined(Instant time, String room, long seq, String identity) implements RoomLine {
        /** Without an identity (a server before 1.3). */
        public Joined(Instant time, String room, long seq) {
            this(time, room, seq, "");
        }

        @Override
        public String toLine() {
            String line = "JOINED " + Timestamps.format(time) + " " + room + " " + seq;
            return identity.isEmpty() ? line : line + " " + identity;
        }
    }

    /** The members of {@code room}, in join order. */
    record Members(Instant time, String room, List<String> names) implements RoomLine {
        public Members {
            names = List.copyOf(names);
        }

        @Override
        public String toLine() {
            return LineFields.join("MEMBERS", String.join(" ", names), Timestamps.format(time), room);
        }
    }

    /** The current topic of {@code room} ({@code setter} empty when unknown), sent after joining. */
    record Topic(Instant time, String room, String setter, String text) implements RoomLine {
        @Override
        public String toLine() {
            return LineFields.join("TOPIC", text, Timestamps.format(time), room,
                    setter.isEmpty() ? ServerEvent.NO_SETTER : setter);
        }
    }

    /** This client left {@code room} ({@code reason}: why, e.g. removed by the host; empty after its own PART). */
    record Parted(Instant time, String room, String reason) implements RoomLine {
        @Override
        public String toLine() {
            return LineFields.join("PARTED", reason, Timestamps.format(time), room);
        }
    }

    /** The host closed {@code room}; its members are out of it. */
    record Closed(Instant time, String room, String reason) implements RoomLine {
        @Override
        public String toLine() {
            return LineFields.join("CLOSED", reason, Timestamps.format(time), room);
        }
    }

    /** Ends the answer to {@code HISTORY} or {@code SEARCH} about {@code room}: {@code count} lines came before it. */
    record End(String room, String request, int count) implements RoomLine {
        @Override
        public String toLine() {
            return "END " + room + " " + request + " " + count;
        }
    }

    /**
     * Parses one line (without newline).
     *
     * @throws ProtocolException when the line is not a server line of protocol 2
     */
    static RoomLine parse(String line) throws ProtocolException {
        LineFields fields = LineFields.of(line);
        switch (fields.command) {
        case "ROOM": {
            String[] f = fields.split(2);
            return new RoomInfo(f[0], (int) number(f[1]), f[2]);
        }
        case "ROOMS":
            return new RoomsEnd((int) number(fields.split(1)[0]));
        case "EVENT", "HISTORY", "FOUND": {
            String[] f = fields.split(5);
            return new Event(Mark.valueOf(fields.command), f[0], number(f[1]), time(f[2]), kind(f[3]), f[4], f[5]);
        }
        case "LOST": {
            String[] f = fields.split(2);
            return new Lost(f[0], number(f[1]));
        }
        case "JOINED": {
            String[] f = fields.split(3);
            int space = f[3].indexOf(' '); // a later version may add more
            return new Joined(time(f[0]), f[1], number(f[2]), space < 0 ? f[3] : f[3].substring(0, space));
        }
        case "MEMBERS": {
            String[] f = fields.split(2);
            List<String> names = f[2].isEmpty() ? List.of()
                    : Arrays.stream(f[2].split(" ")).filter(name -> !name.isEmpty()).toList();
            return new Members(time(f[0]), f[1], names);
        }
        case "TOPIC": {
            String[] f = fields.split(3);
            return new Topic(time(f[0]), f[1], ServerEvent.NO_SETTER.equals(f[2]) ? "" : f[2], f[3]);
        }
        case "PARTED": {
            String[] f = fields.split(2);
            return new Parted(time(f[0]), f[1], f[2]);
        }
        case "CLOSED": {
            String[] f = fields.split(2);
            return new Closed(time(f[0]), f[1], f[2]);
        }
        case "END": {
            String[] f = fields.split(3);
            return new End(f[0], f[1], (int) number(f[2]));
        }
        default:
            return new Plain(ServerEvent.parse(line));
        }
    }

    private static long number(String field) throws ProtocolException {
        try {
            return Long.parseLong(field);
        } catch (NumberFormatException e) {
            throw new ProtocolException(ErrorCode.BAD_COMMAND, Messages.get("line.badField", field));
        }
    }

    private static EventKind kind(String field) throws ProtocolException {
        try {
            return EventKind.valueOf(field);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(ErrorCode.BAD_COMMAND, Messages.get("line.badField", field));
        }
    }

    private static Instant time(String field) throws ProtocolException {
        try {
            return Timestamps.parse(field);
        } catch (DateTimeParseException e) {
            throw new ProtocolException(ErrorCode.BAD_COMMAND, Messages.get("line.badField", field));
        }
    }
}
