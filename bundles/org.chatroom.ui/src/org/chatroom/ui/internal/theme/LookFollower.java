package org.chatroom.ui.internal.theme;

import java.util.Set;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;

/**
 * Keeps a view's controls in the chosen look: the {@link Theme}'s colours (the system's by default) and the
 * {@link ChatFont} at the chosen text size, switched at once when either preference changes. Lists re-derive their
 * row colours from it. Controls made later inside a followed view (a room's tab) get the look from
 * {@link #apply(Control)}.
 */
public final class LookFollower {

    private static final Set<String> KEYS = Set.of(LookPreferences.THEME, LookPreferences.TEXT_SIZE,
            LookPreferences.NAME_COLOURS);

    private final Composite root;
    private final IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(LookPreferences.NODE);
    private final IPreferenceChangeListener listener = this::changed;

    private LookFollower(Composite root) {
        this.root = root;
        prefs.addPreferenceChangeListener(listener);
        root.addDisposeListener(e -> prefs.removePreferenceChangeListener(listener));
        apply(root);
    }

    /** Gives {@code root}'s controls the look now and whenever it changes, until {@code root} is disposed. */
    public static void follow(Composite root) {
        new LookFollower(root);
    }

    private void changed(IEclipsePreferences.PreferenceChangeEvent event) {
        if (KEYS.contains(event.getKey()) && !root.isDisposed()) {
            root.getDisplay().asyncExec(() -> {
                if (!root.isDisposed()) {
                    apply(root);
                }
            });
        }
    }

    /** Gives {@code control} and every control in it the chosen theme and text size. */
    public static void apply(Control control) {
        ChatFont.update();
        apply(control, LookPreferences.theme(), ChatFont.regular());
        if (control instanceof Composite composite) {
            composite.layout(true, true); // a button or a list sized for the old text fits the new
            LateLayout.after(composite); // and a field, once GTK has measured it in the new font
        }
    }

    /** Sets {@code theme}'s colours ({@code null}: the system's) and {@code font} on {@code control} and in it. */
    private static void apply(Control control, Theme theme, Font font) {
        Color background = color(theme.background());
        Color foreground = color(theme.foreground());
        control.setBackground(background);
        control.setForeground(foreground);
        control.setFont(font);
        if (control instanceof Table table) {
            table.setHeaderBackground(background); // GTK draws the headers apart from the rows
            table.setHeaderForeground(foreground);
            table.clearAll(); // rows take their colours and fonts from the table's again
        }
        if (control instanceof CTabFolder tabs) {
            // the selected tab has colours of its own: the system's left a dark theme's room name black on dark
            tabs.setSelectionBackground(background);
            tabs.setSelectionForeground(foreground);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                apply(child, theme, font);
            }
        }
    }

    private static Color color(RGB rgb) {
        return rgb == null ? null : new Color(rgb);
    }
}
