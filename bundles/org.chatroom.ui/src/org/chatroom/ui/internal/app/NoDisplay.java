package org.chatroom.ui.internal.app;

import org.chatroom.ui.internal.Messages;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * Opens the window system's display, or says why it cannot: started where no display is reachable (a terminal over
 * SSH, a display that went away), the window toolkit fails with "No more handles", which the launcher turned into
 * "An error has occurred. See the log file". The person who started the program is told on its standard error what
 * happened and what to run instead (the console client, the headless server), and the program ends with
 * {@value #EXIT_CODE}. The same goes for a machine without the toolkit's native libraries (GTK 3 on Linux), where
 * the toolkit's classes fail to load.
 */
final class NoDisplay {

    /** The program's exit code when it has no display. */
    static final int EXIT_CODE = 2;

    private NoDisplay() {
    }

    /** The workbench's display, or null when none could be opened (told on standard error and in the log). */
    static Display open() {
        try {
            return PlatformUI.createDisplay();
        } catch (SWTError e) {
            String display = System.getenv("DISPLAY");
            String text = NLS.bind(Messages.noDisplay, display == null || display.isBlank() ? Messages.noDisplayUnset
                    : display, e.getMessage());
            return told(text, e);
        } catch (UnsatisfiedLinkError e) {
            return told(NLS.bind(Messages.noToolkit, firstReason(e)), e);
        }
    }

    private static Display told(String text, Throwable e) {
        ILog.of(NoDisplay.class).error(text, e);
        System.err.println(text); // the launching terminal's own output: nobody sees a log before a window opens
        return null;
    }

    /**
     * The first reason the toolkit gives for a library it could not load, without the path of its own library:
     * "libgtk-3.so.0: cannot open shared object file: No such file or directory".
     */
    static String firstReason(Throwable e) {
        String message = String.valueOf(e.getMessage());
        for (String line : message.split("\\R")) {
            String reason = line.strip();
            if (reason.isEmpty() || reason.startsWith("Could not load SWT library")) {
                continue;
            }
            int pathEnd = reason.indexOf(": ");
            return reason.startsWith("/") && pathEnd > 0 ? reason.substring(pathEnd + 2) : reason;
        }
        return message.strip();
    }
}
