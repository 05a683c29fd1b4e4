package org.chatroom.server.internal;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.util.Collection;

import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * One server per data folder. A second {@code chatroom-server} on a folder in use shares its OSGi configuration (the
 * room's settings, bans, TLS key) and finds the room history locked by the first; it used to stop with a page of
 * stack traces from the history's failed activation. The run locks the folder (the instance location's
 * {@code .metadata/.lock}, released with its process, however it ends) before it starts anything, and a second one
 * says that the folder is in use.
 */
final class DataFolderLock {

    private final Location folder;

    private DataFolderLock(Location folder) {
        this.folder = folder;
    }

    /**
     * Locks the run's data folder.
     *
     * @return the lock, to release when the run ends; null when another process holds the folder
     * @throws IOException when the folder cannot be locked (a file system without locks), with what it says
     */
    static DataFolderLock acquire(BundleContext context) throws IOException {
        Location folder = instanceLocation(context);
        if (folder == null || !folder.isSet() || folder.isReadOnly()) {
            return new DataFolderLock(null);
        }
        return folder.lock() ? new DataFolderLock(folder) : null;
    }

    /** The data folder, for messages. */
    static String path(BundleContext context) {
        Location folder = instanceLocation(context);
        URL url = folder == null ? null : folder.getURL();
        return url == null ? "?" : new File(url.getPath()).getPath();
    }

    void release() {
        if (folder != null) {
            folder.release();
        }
    }

    private static Location instanceLocation(BundleContext context) {
        try {
            Collection<ServiceReference<Location>> found = context.getServiceReferences(Location.class,
                    "(type=" + Location.INSTANCE_AREA_TYPE + ")");
            return found.isEmpty() ? null : context.getService(found.iterator().next());
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
