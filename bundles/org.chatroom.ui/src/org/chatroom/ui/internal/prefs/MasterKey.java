package org.chatroom.ui.internal.prefs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The master password of the client's secure storage: 32 random bytes, created once in a file only its owner may read
 * ({@code rw-------} where the file system has POSIX permissions). Secure storage derives its encryption key from it
 * (PBE). Without an OS keyring this file's permissions are what protects the stored passwords: anyone who can read
 * the user's files (the user, root, a backup) can decrypt them; other users of the machine cannot.
 */
final class MasterKey {

    static final String FILE = "secure_storage.key";

    private MasterKey() {
    }

    static String in(Path area) {
        Path file = area.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                create(area, file);
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or create " + file, e);
        }
    }

    private static void create(Path area, Path file) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(area);
        try {
            if (area.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException e) {
            // another start created it meanwhile: use that one
        }
    }
}
