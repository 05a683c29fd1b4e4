package org.chatroom.server.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where {@code chatroom-server} gets the room's password: the first line of {@code --password-file FILE}, else the
 * environment variable {@value #ENVIRONMENT}; never the command line, which {@code ps} shows to everyone.
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
        String fromEnvironment = environment.get(ENVIRONMENT);
        return fromEnvironment == null || fromEnvironment.isEmpty() ? Optional.empty() : Optional.of(fromEnvironment);
    }
}
