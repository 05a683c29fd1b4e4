package org.chatroom.ui.internal.theme;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;

/**
 * Keeps a view's controls in the chosen {@link Theme}: the system's colours by default, the light or dark ones
 * when the preference says so, switched at once when it changes. Lists re-derive their row colours from it.
 */
public final class ThemeFollower {

    private final Composite root;
    private final IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(LookPreferences.NODE);
    private final IPreferenceChangeListener listener = this::changed;

    private ThemeFollower(Composite root) {
        this.root = root;
        prefs.addPreferenceChangeListener(listener);
        root.addDisposeListener(e -> prefs.removePreferenceChangeListener(listener));
        apply(root, LookPreferences.theme());
    }

    /** Applies the theme to {@code root}'s controls now and whenever it changes, until {@code root} is disposed. */
    public static void follow(Composite root) {
        new ThemeFollower(root);
    }

    private void changed(IEclipsePreferences.PreferenceChangeEvent event) {
        if (LookPreferences.THEME.equals(event.getKey()) && !root.isDisposed()) {
            root.getDisplay().asyncExec(() -> {
                if (!root.isDisposed()) {
                    apply(root, LookPreferences.theme());
                }
            });
        }
    }

    /** Sets {@code theme}'s colours on {@code control} and every control in it ({@code null}: the system's). */
    public static void apply(Control control, Theme theme) {
        control.setBackground(color(theme.background()));
        control.setForeground(color(theme.foreground()));
        if (control instanceof Table table) {
            table.setHeaderBackground(color(theme.background())); // GTK draws the headers apart from the rows
            table.setHeaderForeground(color(theme.foreground()));
            table.clearAll(); // rows take their colours from the table's again
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                apply(child, theme);
            }
        }
    }

    private static Color color(RGB rgb) {
        return rgb == null ? null : new Color(rgb);
    }
}
