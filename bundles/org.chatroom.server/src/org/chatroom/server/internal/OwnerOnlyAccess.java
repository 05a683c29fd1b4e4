package org.chatroom.server.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.osgi.framework.BundleContext;
import org.osgi.service.log.Logger;

/**
 * Keeps the headless server's data folder readable by its owner only: the instance area ({@code -data}: bans) and
 * the configuration area ({@code -configuration}: Configuration Admin's store, where a password hash configured by
 * hand lives, and the bundles' data areas with the room log's database and the TLS key). A folder that does not exist
 * yet is created {@code rwx------}; everything below a folder becomes {@code rwx------} (folders) or
 * {@code rw-------} (files). The folder itself keeps the mode it was given (a package may give its data folder to a
 * group, e.g. {@code 750}). Where the file system has no POSIX permissions (Windows) nothing is changed.
 */
public final class OwnerOnlyAccess {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final String[] AREAS = { "osgi.instance.area", "osgi.configuration.area" };

    private OwnerOnlyAccess() {
    }

    /** @return the folders of this run's state: its instance and configuration areas, where they are files */
    public static List<Path> dataFolders(BundleContext context) {
        List<Path> folders = new ArrayList<>();
        for (String area : AREAS) {
            String location = context.getProperty(area);
            if (location != null && location.startsWith("file:")) {
                try {
                    Path folder = Path.of(new URI(location.replace(" ", "%20"))).toAbsolutePath().normalize();
                    if (folders.stream().noneMatch(folder::startsWith)) {
                        folders.removeIf(known -> known.startsWith(folder));
                        folders.add(folder);
                    }
                } catch (URISyntaxException | IllegalArgumentException e) {
                    // not a file URL this JVM can open: nothing to guard there
                }
            }
        }
        return folders;
    }

    /**
     * Creates {@code root} owner-only when it is missing, and restricts everything below it.
     *
     * @return whether it is done (false where the file system has no POSIX permissions)
     * @throws IOException when a file cannot be changed
     */
    public static boolean guard(Path root) throws IOException {
        try {
            if (!Files.exists(root)) {
                Files.createDirectories(root, PosixFilePermissions.asFileAttribute(FOLDER));
                Files.setPosixFilePermissions(root, FOLDER); // whatever the umask took away
                return true;
            }
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : (Iterable<Path>) paths::iterator) {
                    if (!path.equals(root) && !Files.isSymbolicLink(path)) {
                        Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
                    }
                }
            }
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    /** {@link #guard(Path)} for every folder of {@link #dataFolders}, telling the log what it cannot change. */
    static void guard(BundleContext context, Logger log) {
        for (Path folder : dataFolders(context)) {
            try {
                guard(folder);
            } catch (IOException | RuntimeException e) {
                log.warn(Messages.format("log.ownerOnly", folder, e.toString()));
            }
        }
    }
}
