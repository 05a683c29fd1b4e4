package org.chatroom.client.internal;

import java.util.Locale;

import org.chatroom.protocol.ClientCommand;

/**
 * Turns a line the user typed into an extended-protocol command: {@code /me TEXT}, {@code /msg NAME TEXT},
 * {@code /nick NAME}, {@code /topic TEXT} ({@code /topic -delete} removes it; a bare {@code /topic} changes nothing,
 * the session answers it), {@code /names}; {@code //TEXT} is a message starting with {@code /}; anything else is a
 * message.
 */
final class UserCommands {

    /** {@code /topic -delete} removes the topic (as in irssi); the text alone would set it. */
    static final String DELETE = "-delete";

    private UserCommands() {
    }

    /** @throws IllegalArgumentException with a message for the user for an unknown or incomplete command */
    static ClientCommand parse(String line) {
        if (!line.startsWith("/")) {
            return new ClientCommand.Msg(line);
        }
        if (line.startsWith("//")) {
            return new ClientCommand.Msg(line.substring(1));
        }
        int space = line.indexOf(' ');
        String verb = (space < 0 ? line : line.substring(0, space)).toLowerCase(Locale.ROOT);
        String rest = space < 0 ? "" : line.substring(space + 1).strip();
        switch (verb) {
        case "/me":
            return new ClientCommand.Me(required(rest, "/me TEXT"));
        case "/msg": {
            int gap = rest.indexOf(' ');
            if (gap < 0) {
                throw usage("/msg NAME TEXT");
            }
            return new ClientCommand.Priv(rest.substring(0, gap), required(rest.substring(gap + 1).strip(),
                    "/msg NAME TEXT"));
        }
        case "/nick":
            return new ClientCommand.Nick(required(rest, "/nick NAME"));
        case "/topic":
            // a bare /topic asks what it is (the session answers); it cleared the topic for everyone
            String topic = required(rest, "/topic TEXT | /topic " + DELETE);
            return new ClientCommand.Topic(DELETE.equalsIgnoreCase(topic) ? "" : topic);
        case "/names":
            return new ClientCommand.Names();
        default:
            throw new IllegalArgumentException(Messages.format("command.unknown", verb));
        }
    }

    private static String required(String value, String usage) {
        if (value.isEmpty()) {
            throw usage(usage);
        }
        return value;
    }

    private static IllegalArgumentException usage(String usage) {
        return new IllegalArgumentException(Messages.format("command.usage", usage));
    }
}
