package org.chatroom.ui.internal.notify;

import java.nio.charset.StandardCharsets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.internal.gtk.GTK;
import org.eclipse.swt.internal.gtk.OS;
import org.eclipse.swt.internal.gtk3.GTK3;
import org.eclipse.swt.widgets.Shell;

/**
 * The window's urgency hint, which task bars and window managers show as a window asking for attention (a
 * flashing or highlighted task bar entry). SWT has no API for it; on GTK 3 it is the GtkWindow property
 * {@code urgency-hint} ({@code gtk_window_set_urgency_hint}), which GDK writes into the X11 {@code WM_HINTS} as
 * {@code XUrgencyHint} (ICCCM 4.1.2.4; EWMH window managers show it as {@code _NET_WM_STATE_DEMANDS_ATTENTION}).
 * It is set through SWT's own GTK bindings ({@code org.eclipse.swt.internal.gtk}: {@code g_object_set} on the
 * shell's toplevel), the only ones in the product. Elsewhere (GTK 4, other window systems) it does nothing.
 */
final class UrgencyHint {

    private static final byte[] PROPERTY = "urgency-hint\0".getBytes(StandardCharsets.US_ASCII);

    private UrgencyHint() {
    }

    /** Asks for attention ({@code true}) or withdraws the request ({@code false}). */
    static void set(Shell shell, boolean urgent) {
        if (shell.isDisposed() || !supported()) {
            return;
        }
        long window = GTK3.gtk_widget_get_toplevel(shell.handle);
        if (window != 0) {
            OS.g_object_set(window, PROPERTY, urgent, 0);
        }
    }

    private static boolean supported() {
        return "gtk".equals(SWT.getPlatform()) && !GTK.GTK4;
    }
}
