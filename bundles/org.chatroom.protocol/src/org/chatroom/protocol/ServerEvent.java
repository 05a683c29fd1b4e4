package org.chatroom.protocol;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** A line the server sends to an extended client; {@link #toLine()} gives it without its newline. */
public sealed interface ServerEvent {

    String toLine();

    /** The join succeeded under {@code name}. */
    record Welcome(Instant time, String name) implements ServerEvent {
        @Override
        public String toLine() {
            return LineFields.join("WELCOME", name, ts(time));
        }
    }

    /** The whole member list, in join order. */
    record Members(Instant time, List<String> names) implements ServerEvent {
        public Members {
            names = List.copyOf(names);
        }

        @Override
        public String toLine() {
            return LineFields.join("MEMBERS", String.join(" ", names), ts(time));
        }
    }

    /** The topic; {@code setter} is empty when nobody set it, {@code text} empty when it was cleared. */
    record Topic(Instant time, String setter, String text) implements ServerEvent {
        @Override
        public String toLine() {
            return LineFields.join("TOPIC", text, ts(time), setter.isEmpty() ? NO_SETTER : setter);
        }
    }

    record Join(Instant time, String name) implements ServerEvent {
        @Override
        public String toLine() {
            return LineFields.join("JOIN", name, ts(time));
        }
    }

    /** Someone left; {@code reason} may be empty. */
    record Leave(Instant time, String name, String reason) implements ServerEvent {
        @Override
        public String toLine() {
            return LineFields.join("LEAVE", reason, ts(time), name);
        }
    }

    record Nick(Instant time, String oldName, String newName) implements ServerEvent {
        @Override
        public String toLine() {
            return LineFields.join("NICK", newName, ts(time), oldName);
        }
    }

    record Msg(Instant time, String name, String text) implements ServerEvent {
        @Override
        public String toLine() {
            return LineFields.join("MSG", text, ts(time), name);
        }
    }

    record Me(Instant time, String name, String text) implements ServerEvent {
        @Override
        public String toLine() {
            return LineFields.join("ME", text, ts(time), name);
        }
    }

    /** A private message, sent to both ends only. */
    record Priv(Instant time, String from, String to, String text) implements ServerEvent {
        @Override
        public String toLine() {
            return LineFields.join("PRIV", text, ts(time), from, to);
        }
    }

    /** A room notice. */
    record Notice(Instant time, String text) implements ServerEvent {
        @Override
        public String toLine() {
            return LineFields.join("NOTICE", text, ts(time));
        }
    }

    /** What this client sent was refused; {@code text} says why, for the user. */
    record Err(ErrorCode code, String text) implements ServerEvent {
        @Override
        public String toLine() {
            return LineFields.join("ERR", text, code.name());
        }
    }

    /** The server closes the connection after this line. */
    record Bye(Instant time, String reason) implements ServerEvent {
        @Override
        public String toLine() {
            return LineFields.join("BYE", reason, ts(time));
        }
    }

    /** Setter field of a {@code TOPIC} line when nobody set the topic. */
    String NO_SETTER = "-";

    private static String ts(Instant time) {
        return Timestamps.format(time);
    }

    /**
     * Parses one line (without newline).
     *
     * @throws ProtocolException when the line is not a server line of this protocol version
     */
    static ServerEvent parse(String line) throws ProtocolException {
        LineFields fields = LineFields.of(line);
        switch (fields.command) {
        case "WELCOME": {
            String[] f = fields.split(2);
            return new Welcome(time(f[0]), f[1]);
        }
        case "MEMBERS": {
            String[] f = fields.split(1);
            List<String> names = f[1].isEmpty() ? List.of()
                    : Arrays.stream(f[1].split(" ")).filter(name -> !name.isEmpty()).toList();
            return new Members(time(f[0]), names);
        }
        case "TOPIC": {
            String[] f = fields.split(2);
            return new Topic(time(f[0]), NO_SETTER.equals(f[1]) ? "" : f[1], f[2]);
        }
        case "JOIN": {
            String[] f = fields.split(2);
            return new Join(time(f[0]), f[1]);
        }
        case "LEAVE": {
            String[] f = fields.split(2);
            return new Leave(time(f[0]), f[1], f[2]);
        }
        case "NICK": {
            String[] f = fields.split(3);
            return new Nick(time(f[0]), f[1], f[2]);
        }
        case "MSG": {
            String[] f = fields.split(2);
            return new Msg(time(f[0]), f[1], f[2]);
        }
        case "ME": {
            String[] f = fields.split(2);
            return new Me(time(f[0]), f[1], f[2]);
        }
        case "PRIV": {
            String[] f = fields.split(3);
            return new Priv(time(f[0]), f[1], f[2], f[3]);
        }
        case "NOTICE": {
            String[] f = fields.split(1);
            return new Notice(time(f[0]), f[1]);
        }
        case "ERR": {
            String[] f = fields.split(1);
            ErrorCode code = ErrorCode.parse(f[0]);
            if (code == null) {
                throw new ProtocolException(ErrorCode.BAD_COMMAND, Messages.get("line.badField", f[0]));
            }
            return new Err(code, f[1]);
        }
        case "BYE": {
            String[] f = fields.split(1);
            return new Bye(time(f[0]), f[1]);
        }
        default:
            throw new ProtocolException(ErrorCode.UNKNOWN_COMMAND, Messages.get("line.unknown", fields.command));
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
