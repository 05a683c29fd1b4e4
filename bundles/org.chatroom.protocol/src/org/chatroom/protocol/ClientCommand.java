package org.chatroom.protocol;

/** A line an extended client sends; {@link #toLine()} gives it without its newline. */
public sealed interface ClientCommand {

    String toLine();

    /** Chooses a name (the first one completes the join) or changes it. */
    record Nick(String name) implements ClientCommand {
        @Override
        public String toLine() {
            return "NICK " + name;
        }
    }

    /**
     * The room's password, sent before the first {@code NICK}. {@link #toString()} never shows it, so logging the
     * command does not leak it.
     */
    record Pass(String password) implements ClientCommand {
        @Override
        public String toLine() {
            return "PASS " + password;
        }

        @Override
        public String toString() {
            return "Pass[***]";
        }
    }

    /** A message to the room. */
    record Msg(String text) implements ClientCommand {
        @Override
        public String toLine() {
            return "MSG " + text;
        }
    }

    /** An action, {@code /me} in a UI. */
    record Me(String text) implements ClientCommand {
        @Override
        public String toLine() {
            return "ME " + text;
        }
    }

    /** A private message to one member. */
    record Priv(String to, String text) implements ClientCommand {
        @Override
        public String toLine() {
            return "PRIV " + to + " " + text;
        }
    }

    /** Sets the topic; an empty text clears it. */
    record Topic(String text) implements ClientCommand {
        @Override
        public String toLine() {
            return LineFields.join("TOPIC", text);
        }
    }

    /** Asks for the member list. */
    record Names() implements ClientCommand {
        @Override
        public String toLine() {
            return "NAMES";
        }
    }

    /** Leaves the room. */
    record Quit() implements ClientCommand {
        @Override
        public String toLine() {
            return "QUIT";
        }
    }

    /**
     * Parses one line (without newline).
     *
     * @throws ProtocolException {@link ErrorCode#UNKNOWN_COMMAND}, {@link ErrorCode#BAD_COMMAND}, or
     *                           {@link ErrorCode#BAD_TEXT} for a message, action, private message or topic holding a
     *                           character {@link TextRules} refuses; with a message for the user
     */
    static ClientCommand parse(String line) throws ProtocolException {
        LineFields fields = LineFields.of(line);
        switch (fields.command) {
        case "NICK":
            return new Nick(fields.rest());
        case "PASS":
            return new Pass(fields.rest());
        case "MSG":
            return new Msg(required(fields));
        case "ME":
            return new Me(required(fields));
        case "PRIV": {
            String[] parts = fields.split(1);
            if (parts[1].isEmpty()) {
                throw fields.missing();
            }
            TextRules.check(parts[1]);
            return new Priv(parts[0], parts[1]);
        }
        case "TOPIC":
            TextRules.check(fields.rest());
            return new Topic(fields.rest());
        case "NAMES":
            return new Names();
        case "QUIT":
            return new Quit();
        default:
            throw new ProtocolException(ErrorCode.UNKNOWN_COMMAND, Messages.get("line.unknown", fields.command));
        }
    }

    private static String required(LineFields fields) throws ProtocolException {
        if (fields.rest().isEmpty()) {
            throw fields.missing();
        }
        TextRules.check(fields.rest());
        return fields.rest();
    }
}
