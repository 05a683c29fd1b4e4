package org.chatroom.server.internal;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chatroom.room.password.PasswordHash;

/**
 * Where {@code chatroom-server} gets the room's password: the first line of {@code --password-file FILE}, else a
 * prompt on the terminal without echo ({@code --password-prompt}), else the environment variable
 * {@value #ENVIRONMENT}; never the command line, which {@code ps} shows to everyone. Each may give the password in
 * clear text or already hashed ({@code pbkdf2-sha256$...}, see {@link #forConfiguration(String)}).
 */
public final class PasswordSource {

    /** Environment variable holding the password when no file is given. */
    public static final String ENVIRONMENT = "CHATROOM_PASSWORD";

    private PasswordSource() {
    }

    /**
     * @return the password, or empty for a room without password
     * @throws IllegalArgumentException with a message for the user when the file cannot be read or is empty
     */
    public static Optional<String> read(ServerArguments args, Map<String, String> environment) {
        if (args.passwordFile() != null) {
            List<String> lines;
            try {
                lines = Files.readAllLines(Path.of(args.passwordFile()), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(Messages.format("error.passwordFile", args.passwordFile()), e);
            }
            if (lines.isEmpty() || lines.get(0).isEmpty()) {
                throw new IllegalArgumentException(Messages.format("error.passwordEmpty", args.passwordFile()));
            }
            return Optional.of(lines.get(0));
        }
        if (args.passwordPrompt()) {
            return Optional.of(prompt());
        }
        String fromEnvironment = environment.get(ENVIRONMENT);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return Optional.of(fromEnvironment);
        }
        return args.hashPassword() ? Optional.of(prompt()) : Optional.empty();
    }

    /**
     * @return what the room's configuration gets: a hash as it is, a password in clear text hashed (so that
     *         Configuration Admin's files never hold it in clear text)
     * @throws IllegalArgumentException when it looks hashed but is not a valid hash
     */
    public static String forConfiguration(String password) {
        if (PasswordHash.isEncoded(password)) {
            try {
                return PasswordHash.parse(password).encoded();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(Messages.format("error.badHash"), e);
            }
        }
        return PasswordHash.of(password, PasswordHash.DEFAULT_ITERATIONS).encoded();
    }

    private static String prompt() {
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException(Messages.format("error.noTerminal"));
        }
        char[] typed = console.readPassword(Messages.format("prompt.password"));
        if (typed == null || typed.length == 0) {
            throw new IllegalArgumentException(Messages.format("error.promptEmpty"));
        }
        return new String(typed);
    }
}
