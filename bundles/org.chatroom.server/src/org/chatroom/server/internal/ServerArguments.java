package org.chatroom.server.internal;

import java.util.Arrays;
import java.util.Iterator;
import java.util.OptionalInt;

/**
 * The command line of {@code chatroom-server}: {@code [--port N] [--bind ADDR] [--password-file FILE] [--help]}.
 * There is deliberately no option taking the password itself: a command line is visible to every user ({@code ps}).
 *
 * @param port port to listen on; empty keeps the configured one (53000 by default)
 * @param bind address to bind; {@code null} keeps the configured one (all interfaces by default)
 * @param help whether only the usage was asked for
 * @param passwordFile file whose first line is the room's password; {@code null} when not given
 */
public record ServerArguments(OptionalInt port, String bind, boolean help, String passwordFile) {

    public ServerArguments(OptionalInt port, String bind, boolean help) {
        this(port, bind, help, null);
    }

    /** @throws IllegalArgumentException with a message for the user when the line is wrong */
    public static ServerArguments parse(String... args) {
        OptionalInt port = OptionalInt.empty();
        String bind = null;
        boolean help = false;
        String passwordFile = null;
        Iterator<String> it = Arrays.asList(args).iterator();
        while (it.hasNext()) {
            String arg = it.next();
            switch (arg) {
            case "--port", "-p" -> port = OptionalInt.of(parsePort(valueOf(arg, it)));
            case "--bind", "-b" -> bind = valueOf(arg, it);
            case "--password-file" -> passwordFile = valueOf(arg, it);
            case "--help", "-h" -> help = true;
            default -> throw new IllegalArgumentException(Messages.format("error.unknownArgument", arg));
            }
        }
        return new ServerArguments(port, bind, help, passwordFile);
    }

    private static String valueOf(String option, Iterator<String> it) {
        if (!it.hasNext()) {
            throw new IllegalArgumentException(Messages.format("error.missingValue", option));
        }
        return it.next();
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(Messages.format("error.badPort", text));
    }
}
