package org.chatroom.ui.internal.app;

import java.io.File;
import java.io.IOException;
import java.net.URL;

import org.chatroom.ui.internal.Messages;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * One desktop per workspace. Two windows on one workspace would share its preferences, its secure storage, its chat
 * logs, its window layout and its OSGi configuration (the room it hosts, its history's lock), each overwriting what the
 * other saved. The first start locks the workspace (the instance location's {@code .metadata/.lock}, released when
 * its process ends, however it ends); a second start on it says so and quits before it opens a window.
 */
final class WorkspaceLock {

    private final Location workspace;

    private WorkspaceLock(Location workspace) {
        this.workspace = workspace;
    }

    /**
     * Locks the workspace, or tells the user that another window has it.
     *
     * @return the lock, to release when the application ends; null when another process holds the workspace
     */
    static WorkspaceLock acquire(Display display) {
        Location workspace = Platform.getInstanceLocation();
        if (workspace == null || !workspace.isSet() || workspace.isReadOnly()) {
            return new WorkspaceLock(null); // nothing of ours is written there
        }
        try {
            if (workspace.lock()) {
                return new WorkspaceLock(workspace);
            }
        } catch (IOException e) { // a file system without locks: as before, without the check
            ILog.of(WorkspaceLock.class).warn("Cannot lock the workspace " + folder(workspace)
                    + ", so a second Chatroom window could open on it: " + e.getMessage());
            return new WorkspaceLock(null);
        }
        Shell shell = new Shell(display);
        try {
            MessageDialog.openInformation(shell, Messages.workspaceInUseTitle,
                    NLS.bind(Messages.workspaceInUse, folder(workspace)));
        } finally {
            shell.dispose();
        }
        return null;
    }

    void release() {
        if (workspace != null) {
            workspace.release();
        }
    }

    private static String folder(Location workspace) {
        URL url = workspace.getURL();
        return url == null ? "?" : new File(url.getPath()).getPath();
    }
}
