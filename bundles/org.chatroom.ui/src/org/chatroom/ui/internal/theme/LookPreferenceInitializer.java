package org.chatroom.ui.internal.theme;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/**
 * Defaults of the look and notification preferences: the system's theme and text size, names in colour; notify for
 * mentions and private ones.
 */
public final class LookPreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(LookPreferences.NODE);
        defaults.put(LookPreferences.THEME, Theme.SYSTEM.name());
        defaults.put(LookPreferences.NOTIFY, LookPreferences.NOTIFY_MENTIONS);
        defaults.putInt(LookPreferences.TEXT_SIZE, TextSize.NORMAL);
        defaults.putBoolean(LookPreferences.NAME_COLOURS, true);
    }
}
