package org.chatroom.ui.internal.theme;

import org.eclipse.swt.SWT;
import org.eclipse.swt.internal.gtk.GTK;
import org.eclipse.swt.internal.gtk.OS;

/**
 * The window's own parts (menu bar, tool bar, view tabs, status line, dialogs) in the chosen {@link Theme} too: the
 * chat views take its colours themselves ({@link LookFollower}), and a dark theme on a light desktop left them in a
 * light frame. GTK themes with a dark variant (Adwaita, GTK's default, among them) follow GTK's
 * {@code gtk-application-prefer-dark-theme} setting, which this sets for the application at start: on for the dark
 * theme, off for the light one, left as the desktop has it for the system's. SWT has no API for it; it is
 * set through SWT's internal GTK bindings. Elsewhere (GTK 4, other window systems) nothing happens.
 */
public final class WindowTheme {

    private WindowTheme() {
    }

    /**
     * Puts the window's parts in the chosen theme, before any window opens. Switched while windows are open, GTK
     * restyled its own widgets but SWT kept colours it had taken from the theme before (light text on the light tool
     * bar, a dark list in the system's light theme), so a change applies from the next start.
     */
    public static void atStart() {
        if (supported()) {
            apply(LookPreferences.theme());
        }
    }

    private static void apply(Theme theme) {
        long settings = GTK.gtk_settings_get_default();
        if (settings != 0 && theme != Theme.SYSTEM) {
            OS.setDarkThemePreferred(theme == Theme.DARK);
        }
    }

    private static boolean supported() {
        return "gtk".equals(SWT.getPlatform()) && !GTK.GTK4;
    }
}
