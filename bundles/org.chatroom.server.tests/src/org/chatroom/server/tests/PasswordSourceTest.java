package org.chatroom.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.chatroom.server.internal.PasswordSource;
import org.chatroom.server.internal.ServerArguments;
import org.junit.jupiter.api.Test;

/** The server takes its password from a file or the environment, never from the command line itself. */
class PasswordSourceTest {

    @Test
    void theFirstLineOfThePasswordFileWinsOverTheEnvironment() throws Exception {
        Path file = Files.createTempFile("chatroom-password", ".txt");
        try {
            Files.writeString(file, "s3cret with spaces\nsecond line ignored\n", StandardCharsets.UTF_8);
            ServerArguments args = ServerArguments.parse("--port", "0", "--password-file", file.toString());
            assertEquals(file.toString(), args.passwordFile());
            assertEquals(Optional.of("s3cret with spaces"),
                    PasswordSource.read(args, Map.of(PasswordSource.ENVIRONMENT, "from-env")));
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void theEnvironmentIsUsedWithoutAFileAndNothingMeansNoPassword() {
        ServerArguments args = ServerArguments.parse();
        assertEquals(Optional.of("from-env"), PasswordSource.read(args, Map.of("CHATROOM_PASSWORD", "from-env")));
        assertEquals(Optional.empty(), PasswordSource.read(args, Map.of()));
        assertEquals(Optional.empty(), PasswordSource.read(args, Map.of("CHATROOM_PASSWORD", "")));
    }

    @Test
    void aMissingOrEmptyFileIsExplained() throws Exception {
        ServerArguments missing = ServerArguments.parse("--password-file", "/nonexistent/chatroom-password");
        assertEquals("Cannot read the password file '/nonexistent/chatroom-password'.",
                assertThrows(IllegalArgumentException.class, () -> PasswordSource.read(missing, Map.of())).getMessage());
        Path empty = Files.createTempFile("chatroom-password", ".txt");
        try {
            ServerArguments args = ServerArguments.parse("--password-file", empty.toString());
            assertEquals("The password file '" + empty + "' has no password on its first line.",
                    assertThrows(IllegalArgumentException.class, () -> PasswordSource.read(args, Map.of()))
                            .getMessage());
        } finally {
            Files.delete(empty);
        }
        assertEquals("--password-file needs a value.", assertThrows(IllegalArgumentException.class,
                () -> ServerArguments.parse("--password-file")).getMessage());
    }
}
