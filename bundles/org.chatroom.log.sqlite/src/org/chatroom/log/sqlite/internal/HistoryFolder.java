package org.chatroom.log.sqlite.internal;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

import org.osgi.framework.BundleContext;

/**
 * Where the history lives when the configuration names no {@code folder}: in the run's own data folder, the instance
 * area ({@code -data}: the headless server's {@code CHATROOM_SERVER_DATA}, the desktop's workspace), under
 * {@code .metadata/.plugins/org.chatroom.log.sqlite/}, where Eclipse keeps each bundle's state in a workspace. Two
 * programs started from one installation thus never share a history. Without an instance area (a bare framework)
 * the bundle's data area is used, folder {@value SqliteRoomLog#DATA_FOLDER}.
 */
final class HistoryFolder {

    static final String INSTANCE_AREA = "osgi.instance.area";

    private HistoryFolder() {
    }

    /** @throws IllegalStateException when the framework gives neither an instance area nor a data area */
    static Path of(SqliteLogConfig config, BundleContext context) {
        if (!config.folder().isBlank()) {
            return Path.of(config.folder().strip());
        }
        String area = context.getProperty(INSTANCE_AREA);
        if (area != null && area.startsWith("file:")) {
            try {
                return Path.of(new URI(area.replace(" ", "%20"))).resolve(".metadata").resolve(".plugins")
                        .resolve(context.getBundle().getSymbolicName());
            } catch (URISyntaxException | IllegalArgumentException e) {
                // not a usable file URL: the data area below
            }
        }
        File data = context.getDataFile(SqliteRoomLog.DATA_FOLDER);
        if (data == null) {
            throw new IllegalStateException("no instance area, no data area and no folder configured for the room log");
        }
        return data.toPath();
    }
}
