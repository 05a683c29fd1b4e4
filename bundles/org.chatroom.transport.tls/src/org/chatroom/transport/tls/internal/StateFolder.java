package org.chatroom.transport.tls.internal;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.osgi.framework.BundleContext;

/**
 * Where this bundle keeps what must outlive a run, a room's generated identity and the client's pins: in the run's
 * own data folder, the instance area ({@code -data}: the desktop's workspace, the headless server's
 * {@code CHATROOM_SERVER_DATA}, the console's folder), under {@code .metadata/.plugins/org.chatroom.transport.tls/},
 * as the history and the bans are. Not in the bundle's data area: that lies in the configuration area, which
 * {@code -clean} wipes, and a room whose identity is generated again presents a new certificate that every member's
 * pin refuses. A file an earlier version kept in the data area is copied over the first time it is asked for. Without
 * an instance area (a bare framework) the data area is used.
 */
public final class StateFolder {

    static final String INSTANCE_AREA = "osgi.instance.area";

    private StateFolder() {
    }

    /** @return the folder (not created), or null when the framework gives neither an instance nor a data area */
    public static Path of(BundleContext context) {
        String area = context.getProperty(INSTANCE_AREA);
        if (area != null && area.startsWith("file:")) {
            try {
                Path instance = Path.of(new URI(area.replace(" ", "%20")));
                return instance.resolve(".metadata").resolve(".plugins").resolve(context.getBundle().getSymbolicName());
            } catch (URISyntaxException | IllegalArgumentException e) {
                // not a usable file URL: the data area below
            }
        }
        File data = context.getDataFile("");
        return data == null ? null : data.toPath();
    }

    /**
     * The file {@code name} in {@link #of the folder}, first copied there (with its permissions) from the bundle's
     * data area when only that has it.
     *
     * @throws IOException when there is no folder or the copy fails
     */
    public static Path file(BundleContext context, String name) throws IOException {
        Path folder = of(context);
        if (folder == null) {
            throw new IOException("no instance area and no data area for " + name);
        }
        Path file = folder.resolve(name);
        File old = context.getDataFile(name);
        if (old != null && !Files.exists(file) && Files.exists(old.toPath()) && !old.toPath().equals(file)) {
            Files.createDirectories(folder);
            Files.copy(old.toPath(), file, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return file;
    }
}
