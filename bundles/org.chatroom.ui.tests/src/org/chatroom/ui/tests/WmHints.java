package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.swt.internal.gtk.GDK;
import org.eclipse.swt.internal.gtk3.GTK3;
import org.eclipse.swt.widgets.Shell;

/**
 * What the X server holds for a shell ({@code WM_HINTS}, its icons), read as a task bar or window manager reads it: by
 * another X client ({@code xprop}, Debian package x11-utils), not through GTK.
 */
final class WmHints {

    /** How much of a property xprop reads: all of a window's icons (six sizes up to 256 px, 360 KB). */
    private static final String MAX_BYTES = "4000000";

    private WmHints() {
    }

    /** @return whether the shell's X window has the ICCCM urgency hint ({@code XUrgencyHint}) set */
    static boolean urgent(Shell shell) {
        return read(shell).contains("urgency hint bit is set");
    }

    static String read(Shell shell) {
        return property(shell, "WM_HINTS");
    }

    /** @return what {@code xprop} prints of the X property {@code name} of the shell's window */
    static String property(Shell shell, String name) {
        long xid = GDK.gdk_x11_window_get_xid(GTK3.gtk_widget_get_window(GTK3.gtk_widget_get_toplevel(shell.handle)));
        try {
            Process xprop = new ProcessBuilder("xprop", "-len", MAX_BYTES, "-id", Long.toString(xid), name)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            return new String(xprop.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return fail("xprop (Debian package x11-utils, releng/scripts/setup-debian.sh) could not run: " + e);
        }
    }
}
