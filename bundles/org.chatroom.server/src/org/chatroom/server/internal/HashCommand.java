package org.chatroom.server.internal;

import java.io.PrintStream;
import java.util.Optional;

import org.eclipse.equinox.app.IApplication;

/**
 * {@code chatroom-server --hash-password}: prints the password's hash (already hashed by {@link PasswordSource}),
 * for a password file, {@code CHATROOM_PASSWORD} or the room configuration's {@code .password}, and exits.
 */
final class HashCommand {

    private HashCommand() {
    }

    static Integer print(Optional<String> hash, PrintStream out, PrintStream err) {
        if (hash.isEmpty()) {
            err.println(Messages.format("error.promptEmpty"));
            return ServerApplication.EXIT_USAGE;
        }
        out.println(Messages.format("hash.printed", hash.get()));
        out.flush();
        return IApplication.EXIT_OK;
    }
}
