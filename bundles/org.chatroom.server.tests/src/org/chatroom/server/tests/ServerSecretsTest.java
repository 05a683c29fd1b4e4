package org.chatroom.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
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
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** The server hands the room only a hash of its password, prints one on request, and keeps its data folder private. */
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
    void theServersDataFolderIsOwnerOnlyOnCreateAndBelow() throws Exception {
        Path parent = Files.createTempDirectory("chatroom-server");
        Path fresh = parent.resolve("server");
        assertTrue(OwnerOnlyAccess.guard(fresh));
        assertEquals("rwx------", mode(fresh), "a data folder the server creates is its owner's only");

        Path root = Files.createDirectories(parent.resolve("var-lib"));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-x---"));
        Path bans = write(root, ".metadata/.plugins/org.chatroom.room/bans.txt", "mallory\n");
        Path database = write(root, "configuration/org.eclipse.osgi/42/data/rooms/room.db", "SQLite");
        Path hash = write(root, "configuration/config/org/chatroom/room.config", ".password=\"pbkdf2\"");
        assertTrue(OwnerOnlyAccess.guard(root));
        for (Path file : new Path[] { bans, database, hash }) {
            assertEquals("rw-------", mode(file), file.toString());
            for (Path folder = file.getParent(); !folder.equals(root); folder = folder.getParent()) {
                assertEquals("rwx------", mode(folder), folder.toString());
            }
        }
        assertEquals("rwxr-x---", mode(root), "the folder itself keeps the mode its installer gave it");
    }

    @Test
    void theRunningServersAreasAreTheFoldersGuarded() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(OwnerOnlyAccess.class).getBundleContext();
        Path configuration = Path.of(new URI(context.getProperty("osgi.configuration.area")));
        assertTrue(OwnerOnlyAccess.dataFolders(context).stream().anyMatch(configuration::startsWith),
                "the configuration area (Configuration Admin's store, bundle data) is guarded: "
                        + OwnerOnlyAccess.dataFolders(context));
    }

    /** A file below {@code root} as a umask of 022 leaves it: everyone may read it and its folders. */
    private static Path write(Path root, String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        for (Path folder = file.getParent(); !folder.equals(root); folder = folder.getParent()) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        return file;
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
