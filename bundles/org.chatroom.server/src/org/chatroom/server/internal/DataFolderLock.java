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

    private final Location folder; // null: no data folder to lock
    private boolean held;

    private DataFolderLock(Location folder) {
        this.folder = folder;
    }

    /** The run's data folder (its instance location), not locked yet. */
    static DataFolderLock of(BundleContext context) {
        try {
            Collection<ServiceReference<Location>> found = context.getServiceReferences(Location.class,
                    "(type=" + Location.INSTANCE_AREA_TYPE + ")");
            Location folder = found.isEmpty() ? null : context.getService(found.iterator().next());
            return new DataFolderLock(folder == null || !folder.isSet() || folder.isReadOnly() ? null : folder);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Locks the folder.
     *
     * @return false when another process holds it; true when this run does now (or there is none to lock)
     * @throws IOException when the folder cannot be locked (a file system without locks), with what it says
     */
    boolean lock() throws IOException {
        held = folder != null && folder.lock();
        return folder == null || held;
    }

    /** The folder, for messages. */
    String path() {
        URL url = folder == null ? null : folder.getURL();
        return url == null ? "?" : new File(url.getPath()).getPath();
    }

    void release() {
        if (held) {
            folder.release();
            held = false;
        }
    }
}
