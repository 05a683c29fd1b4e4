package org.chatroom.room.internal;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

import org.osgi.framework.BundleContext;

/**
 * Where a run keeps its bans: in its own data folder, the instance area ({@code -data}, framework property
 * {@value #INSTANCE_AREA}), as {@code .metadata/.plugins/org.chatroom.room/bans.txt}, the place Eclipse gives each
 * bundle's state in a workspace. So the headless server ({@code -data ~/.chatroom/server}) and the desktop (its
 * workspace) keep separate bans even when they run from one installation, whose {@code configuration} folder they
 * share. Without an instance area (a bare OSGi framework) the bundle's data area is used.
 */
public final class BanLocation {

    static final String INSTANCE_AREA = "osgi.instance.area";

    private BanLocation() {
    }

    /** @return the ban file of this run, {@code null} when there is neither an instance area nor a data area */
    public static Path of(BundleContext context) {
        String area = context.getProperty(INSTANCE_AREA);
        if (area != null && area.startsWith("file:")) {
            try {
                return Path.of(new URI(area.replace(" ", "%20"))).resolve(".metadata").resolve(".plugins")
                        .resolve(context.getBundle().getSymbolicName()).resolve(RoomHostComponent.BAN_FILE);
            } catch (URISyntaxException | IllegalArgumentException e) {
                // not a usable file URL: fall back to the data area
            }
        }
        File data = context.getDataFile(RoomHostComponent.BAN_FILE);
        return data == null ? null : data.toPath();
    }
}
