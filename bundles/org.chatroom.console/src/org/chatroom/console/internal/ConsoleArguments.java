package org.chatroom.console.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.ProtocolMode;

/**
 * The command line of {@code chatroom --console}:
 * {@code --host H [--port N] --name NAME [--protocol auto|extended|original|rooms] [--reconnect] [--help]}.
 */
public record ConsoleArguments(ClientSettings settings, boolean help) {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    /** @throws IllegalArgumentException with a message for the user when the line is wrong */
    public static ConsoleArguments parse(String... args) {
        String host = null;
        String name = null;
        int port = ClientSettings.DEFAULT_PORT;
        ProtocolMode protocol = ProtocolMode.AUTO;
        boolean reconnect = false;
        Iterator<String> it = Arrays.asList(args).iterator();
        while (it.hasNext()) {
            String arg = it.next();
            switch (arg) {
            case "--host" -> host = valueOf(arg, it);
            case "--port" -> port = parsePort(valueOf(arg, it));
            case "--name" -> name = valueOf(arg, it);
            case "--protocol" -> protocol = parseProtocol(valueOf(arg, it));
            case "--reconnect" -> reconnect = true;
            case "--help", "-h" -> {
                return new ConsoleArguments(null, true);
            }
            default -> throw new IllegalArgumentException(Messages.format("error.unknownArgument", arg));
            }
        }
        require("--host", host);
        require("--name", name);
        return new ConsoleArguments(new ClientSettings(host, port, name, reconnect, protocol, CONNECT_TIMEOUT), false);
    }

    private static void require(String option, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(Messages.format("error.missing", option));
        }
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
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(Messages.format("error.badPort", text));
    }

    private static ProtocolMode parseProtocol(String text) {
        try {
            return ProtocolMode.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Messages.format("error.badProtocol", text), e);
        }
    }
}
