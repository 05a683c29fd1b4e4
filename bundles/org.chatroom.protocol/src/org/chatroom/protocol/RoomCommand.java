package org.chatroom.protocol;

/**
 * A line a client of protocol 2 ({@link Hello#VERSION_2}) sends: room-addressed commands, and the commands it shares
 * with version 1 ({@code NICK}, {@code PASS}, {@code PRIV}, {@code QUIT}) wrapped in {@link Plain}.
 * {@link #toLine()} gives the line without its newline.
 *
 * @since 1.2
 */
public sealed interface RoomCommand {

    /** {@code since} of a {@link Join} without resume: the room's last events are sent as history. */
    long NO_SEQ = -1;

    String toLine();

    /** A command of version 1, unchanged in version 2. */
    record Plain(ClientCommand command) implements RoomCommand {
        @Override
        public String toLine() {
            return command.toLine();
        }
    }

    /** Lists the rooms. */
    record Rooms() implements RoomCommand {
        @Override
        public String toLine() {
            return "ROOMS";
        }
    }

    /** Creates {@code room} (with password {@code key}, empty for none) and joins it. */
    record Create(String room, String key) implements RoomCommand {
        @Override
        public String toLine() {
            return LineFields.join("CREATE", key, room);
        }

        @Override
        public String toString() {
            return "Create[" + room + (key.isEmpty() ? "]" : ", ***]");
        }
    }

    /**
     * Joins {@code room}: with {@code since} {@link #NO_SEQ} the last events come as history, else every event after
     * {@code since} (resume). {@code key} is the room's password, empty when none. {@code identity}, when not empty,
     * is the one the room's {@code JOINED} gave ({@link RoomLine.Joined#identity()}, since 1.3): a room of that name
     * that is another one now refuses the resume ({@link ErrorCode#ROOM_REPLACED}) instead of sending its events
     * after {@code since} as if they followed what the client saw. On the wire it follows the number:
     * {@code JOIN room seq@identity [password]}.
     */
    record Join(String room, long since, String key, String identity) implements RoomCommand {
        /** Without an identity: the room is resumed whatever it is now, or joined. */
        public Join(String room, long since, String key) {
            this(room, since, key, "");
        }

        @Override
        public String toLine() {
            String seq = since == NO_SEQ ? "-" : identity.isEmpty() ? Long.toString(since) : since + "@" + identity;
            if (key.isEmpty()) {
                return since == NO_SEQ ? "JOIN " + room : "JOIN " + room + " " + seq;
            }
            return LineFields.join("JOIN", key, room, seq);
        }

        @Override
        public String toString() {
            return "Join[" + room + ", " + since + (identity.isEmpty() ? "" : "@" + identity)
                    + (key.isEmpty() ? "]" : ", ***]");
        }
    }

    /** Leaves {@code room}; {@code reason} may be empty. */
    record Part(String room, String reason) implements RoomCommand {
        @Override
        public String toLine() {
            return LineFields.join("PART", reason, room);
        }
    }

    /** A message to {@code room}. */
    record Say(String room, String text) implements RoomCommand {
        @Override
        public String toLine() {
            return LineFields.join("MSG", text, room);
        }
    }

    /** An action ({@code /me}) in {@code room}. */
    record Act(String room, String text) implements RoomCommand {
        @Override
        public String toLine() {
            return LineFields.join("ME", text, room);
        }
    }

    /** Sets the topic of {@code room}; an empty text clears it. */
    record SetTopic(String room, String text) implements RoomCommand {
        @Override
        public String toLine() {
            return LineFields.join("TOPIC", text, room);
        }
    }

    /** Asks for the member list of {@code room}. */
    record Names(String room) implements RoomCommand {
        @Override
        public String toLine() {
            return "NAMES " + room;
        }
    }

    /** Asks for up to {@code max} events of {@code room} just before sequence number {@code before} (scroll-back). */
    record History(String room, long before, long max) implements RoomCommand {
        @Override
        public String toLine() {
            return "HISTORY " + room + " " + before + " " + max;
        }
    }

    /** Searches the messages of {@code room} for all words of {@code query}, at most {@code max} results. */
    record Search(String room, long max, String query) implements RoomCommand {
        @Override
        public String toLine() {
            return LineFields.join("SEARCH", query, room, Long.toString(max));
        }
    }

    /**
     * Parses one line (without newline). Numbers are parsed, not judged: a negative count reaches the room, which
     * refuses it with its own error.
     *
     * @throws ProtocolException {@link ErrorCode#UNKNOWN_COMMAND}, {@link ErrorCode#BAD_COMMAND} or {@link ErrorCode#BAD_TEXT}, with a message
     *                           for the user
     */
    static RoomCommand parse(String line) throws ProtocolException {
        LineFields fields = LineFields.of(line);
        switch (fields.command) {
        case "NICK", "PASS", "PRIV", "QUIT":
            return new Plain(ClientCommand.parse(line));
        case "ROOMS":
            return new Rooms();
        case "CREATE": {
            String[] f = fields.split(1);
            return new Create(f[0], f[1]);
        }
        case "JOIN":
            return join(fields);
        case "PART": {
            String[] f = fields.split(1);
            return new Part(f[0], f[1]);
        }
        case "MSG": {
            String[] f = withText(fields);
            TextRules.check(f[1]);
            return new Say(f[0], f[1]);
        }
        case "ME": {
            String[] f = withText(fields);
            TextRules.check(f[1]);
            return new Act(f[0], f[1]);
        }
        case "TOPIC": {
            String[] f = fields.split(1);
            TextRules.check(f[1]);
            return new SetTopic(f[0], f[1]);
        }
        case "NAMES":
            return new Names(fields.split(1)[0]);
        case "HISTORY": {
            String[] f = fields.split(3);
            return new History(f[0], number(f[1]), number(f[2]));
        }
        case "SEARCH": {
            String[] f = fields.split(2);
            if (f[2].isEmpty()) {
                throw fields.missing();
            }
            return new Search(f[0], number(f[1]), f[2]);
        }
        default:
            throw new ProtocolException(ErrorCode.UNKNOWN_COMMAND, Messages.get("line.unknown", fields.command));
        }
    }

    private static Join join(LineFields fields) throws ProtocolException {
        String[] f = fields.split(1);
        if (f[1].isEmpty()) {
            return new Join(f[0], NO_SEQ, "");
        }
        int space = f[1].indexOf(' ');
        String seq = space < 0 ? f[1] : f[1].substring(0, space);
        String key = space < 0 ? "" : f[1].substring(space + 1);
        if ("-".equals(seq)) {
            return new Join(f[0], NO_SEQ, key);
        }
        int at = seq.indexOf('@');
        return at < 0 ? new Join(f[0], number(seq), key)
                : new Join(f[0], number(seq.substring(0, at)), key, seq.substring(at + 1));
    }

    /** A room field and a text that must not be empty. */
    private static String[] withText(LineFields fields) throws ProtocolException {
        String[] f = fields.split(1);
        if (f[1].isEmpty()) {
            throw fields.missing();
        }
        return f;
    }

    private static long number(String field) throws ProtocolException {
        try {
            return Long.parseLong(field);
        } catch (NumberFormatException e) {
            throw new ProtocolException(ErrorCode.BAD_COMMAND, Messages.get("line.badNumber", field));
        }
    }
}
