package org.chatroom.server.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.log.Logger;

/**
 * Makes the files that hold the room's secrets readable by their owner only: Configuration Admin's store (Felix
 * ConfigAdmin's {@code felix.cm.dir}, by default the {@code config} folder in its bundle's data area), which holds the
 * room password's hash. Folders become {@code rwx------}, files {@code rw-------}. Where the file system has no POSIX
 * permissions (Windows) nothing is changed.
 */
public final class OwnerOnlyAccess {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final String CONFIG_ADMIN = "org.apache.felix.configadmin";

    private OwnerOnlyAccess() {
    }

    /** @return the folder where Felix ConfigAdmin keeps configurations, when it can be found */
    static Optional<Path> configurationStore(BundleContext context) {
        String configured = context.getProperty("felix.cm.dir");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        for (Bundle bundle : context.getBundles()) {
            if (CONFIG_ADMIN.equals(bundle.getSymbolicName())) {
                File data = bundle.getDataFile("config");
                return Optional.ofNullable(data).map(File::toPath);
            }
        }
        return Optional.empty();
    }

    /**
     * Restricts {@code root} and everything below it.
     *
     * @return whether it is done (false where the file system has no POSIX permissions)
     * @throws IOException when a file cannot be changed
     */
    public static boolean restrict(Path root) throws IOException {
        if (!Files.exists(root)) {
            return true;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
            }
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    /** {@link #restrict(Path)}, telling the log when it cannot. */
    static void restrict(Path root, Logger log) {
        try {
            restrict(root);
        } catch (IOException | RuntimeException e) {
            log.warn(Messages.format("log.ownerOnly", root, e.toString()));
        }
    }
}
