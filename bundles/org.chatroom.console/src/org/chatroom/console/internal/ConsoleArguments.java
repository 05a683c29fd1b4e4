package org.chatroom.console.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.ProtocolMode;

/**
 * The command line of {@code chatroom --console}:
 * {@code --host H [--port N] --name NAME [--protocol rooms|auto|extended|original|irc] [--reconnect]
 * [--color auto|always|never] [--help]}; {@code rooms}, the default as in the desktop, falls back to one room and to the
 * original protocol where the server has neither; with it {@code --rooms a,b} (joined instead of the default room),
 * and
 * for IRC networks {@code --irc} (the same as {@code --protocol irc}, port 6667 unless given),
 * {@code --channels #a,#b}, {@code --tls}, {@code --sasl-user ACCOUNT}, {@code --fingerprint SHA256} (a self-signed
 * server's certificate to trust); the password (the room's, or the SASL password) comes from the environment
 * variable {@value #PASSWORD_VARIABLE}, never from the command line.
 */
public record ConsoleArguments(ClientSettings settings, boolean help, NameColours.Mode colours) {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final String PASSWORD_VARIABLE = "CHATROOM_CLIENT_PASSWORD";

    /** @throws IllegalArgumentException with a message for the user when the line is wrong */
    public static ConsoleArguments parse(String... args) {
        return parse(System.getenv(), args);
    }

    /** @param env where the password variable is read */
    public static ConsoleArguments parse(Map<String, String> env, String... args) {
        String host = null;
        String name = null;
        int port = 0;
        boolean tls = false;
        String channels = "";
        String saslUser = "";
        String fingerprint = "";
        ProtocolMode protocol = ProtocolMode.ROOMS;
        boolean reconnect = false;
        NameColours.Mode colours = NameColours.Mode.AUTO;
        Iterator<String> it = Arrays.asList(args).iterator();
        while (it.hasNext()) {
            String arg = it.next();
            switch (arg) {
            case "--host" -> host = valueOf(arg, it);
            case "--port" -> port = parsePort(valueOf(arg, it));
            case "--name" -> name = valueOf(arg, it);
            case "--protocol" -> protocol = parseProtocol(valueOf(arg, it));
            case "--reconnect" -> reconnect = true;
            case "--irc" -> protocol = ProtocolMode.IRC;
            case "--channels", "--rooms" -> channels = valueOf(arg, it);
            case "--tls" -> tls = true;
            case "--sasl-user" -> saslUser = valueOf(arg, it);
            case "--fingerprint" -> fingerprint = valueOf(arg, it);
            case "--color" -> colours = parseColours(valueOf(arg, it));
            case "--help", "-h" -> {
                return new ConsoleArguments(null, true, colours);
            }
            default -> throw new IllegalArgumentException(Messages.format("error.unknownArgument", arg));
            }
        }
        require("--host", host);
        require("--name", name);
        boolean irc = protocol == ProtocolMode.IRC;
        if (port == 0) {
            port = irc ? (tls ? 6697 : ClientSettings.DEFAULT_IRC_PORT) : ClientSettings.DEFAULT_PORT;
        }
        ClientSettings settings = new ClientSettings(host, port, name, reconnect, protocol, CONNECT_TIMEOUT, tls,
                env.getOrDefault(PASSWORD_VARIABLE, ""));
        List<String> joined = List.of(channels.split("[,\\s]+")).stream().filter(c -> !c.isEmpty()).toList();
        if (!fingerprint.isEmpty() && !(irc && tls)) {
            throw new IllegalArgumentException(Messages.format("error.fingerprintWithoutIrcTls"));
        }
        if (irc) {
            settings = settings.forIrc(joined, saslUser).withTlsFingerprint(fingerprint);
        } else if (!joined.isEmpty() && protocol != ProtocolMode.ROOMS) {
            throw new IllegalArgumentException(Messages.format("error.roomsWithoutRooms"));
        } else if (!joined.isEmpty()) { // our rooms, joined instead of the default room
            settings = new ClientSettings(host, port, name, reconnect, protocol, CONNECT_TIMEOUT, tls,
                    settings.password(), joined, "");
        }
        return new ConsoleArguments(settings, false, colours);
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

    private static NameColours.Mode parseColours(String text) {
        try {
            return NameColours.Mode.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Messages.format("error.badColor", text), e);
        }
    }

    private static ProtocolMode parseProtocol(String text) {
        try {
            return ProtocolMode.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Messages.format("error.badProtocol", text), e);
        }
    }
}
