package org.chatroom.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

import org.chatroom.room.password.PasswordHash;
import org.chatroom.server.internal.OwnerOnlyAccess;
import org.chatroom.server.internal.PasswordSource;
import org.chatroom.server.internal.ServerArguments;
import org.junit.jupiter.api.Test;

/** The server hands the room only a hash of its password, prints one on request, and keeps secret files private. */
class ServerSecretsTest {

    @Test
    void aClearPasswordIsHashedForTheConfigurationAndAHashKept() {
        String hashed = PasswordSource.forConfiguration("s3cret");
        assertTrue(PasswordHash.isEncoded(hashed), hashed);
        assertFalse(hashed.contains("s3cret"));
        assertTrue(PasswordHash.parse(hashed).matches("s3cret"));
        assertEquals(hashed, PasswordSource.forConfiguration(hashed), "a hash is passed on as it is");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PasswordSource.forConfiguration("pbkdf2-sha256$broken"));
        assertTrue(e.getMessage().contains("--hash-password"), e.getMessage());
    }

    @Test
    void hashPasswordAndPromptAreOptionsWithoutValues() {
        ServerArguments args = ServerArguments.parse("--hash-password", "--password-prompt");
        assertTrue(args.hashPassword());
        assertTrue(args.passwordPrompt());
        assertEquals(Optional.of("from-env"), PasswordSource.read(ServerArguments.parse("--hash-password"),
                Map.of(PasswordSource.ENVIRONMENT, "from-env")));
    }

    @Test
    void secretFilesBecomeOwnerOnly() throws Exception {
        Path root = Files.createTempDirectory("chatroom-config");
        Path folder = Files.createDirectories(root.resolve("org/chatroom"));
        Path file = Files.writeString(folder.resolve("room.config"), ".password=\"pbkdf2-sha256$...\"");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertTrue(OwnerOnlyAccess.restrict(root));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(root)));
    }
}
