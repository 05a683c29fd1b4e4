package org.chatroom.ui.internal.app;

import java.util.Arrays;

import org.chatroom.ui.internal.theme.WindowTheme;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The desktop application: runs the workbench until the user closes the window, one at a time per workspace
 * ({@link WorkspaceLock}). The program argument {@value #HOST_ARGUMENT} hosts a room (on the hosting port of the
 * preferences) as soon as the window opens.
 */
public final class ChatApplication implements IApplication {

    public static final String HOST_ARGUMENT = "-hostRoom";

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
                new String[0]);
        boolean host = Arrays.asList(args).contains(HOST_ARGUMENT);
        Display display = NoDisplay.open();
        if (display == null) {
            return NoDisplay.EXIT_CODE;
        }
        try {
            // before any window opens, the message that the workspace is in use included (it was light in the dark)
            WindowTheme.atStart();
            WorkspaceLock lock = WorkspaceLock.acquire(display);
            if (lock == null) {
                return IApplication.EXIT_OK;
            }
            LeaveOnSignal onSignal = new LeaveOnSignal();
            onSignal.install();
            try {
                int code = PlatformUI.createAndRunWorkbench(display, new ChatWorkbenchAdvisor(host));
                LeaveOnSignal.leave(); // quit from the window: as on a signal, before the bundles stop
                return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
            } finally {
                onSignal.remove();
                lock.release();
            }
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        QuitCheck.stopping(); // stopped from outside: nobody to ask
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
