package org.chatroom.ui.internal.theme;

import org.eclipse.core.runtime.Platform;

/** Preference keys of the chat views' look and notifications (same node as the other desktop preferences). */
public final class LookPreferences {

    public static final String NODE = "org.chatroom.ui";
    /** {@link Theme} name: system (default), light or dark. */
    public static final String THEME = "theme";
    /** {@code all}, {@code mentions} (mentions and private messages, the default) or {@code off}. */
    public static final String NOTIFY = "notify";
    /** The chat views' text size in percent of the system's: one of the {@link TextSize} steps, 100 by default. */
    public static final String TEXT_SIZE = "textSize";
    /** Whether each member's name has a colour of its own in the lists ({@link NameColours}): true by default. */
    public static final String NAME_COLOURS = "nameColours";

    public static final String NOTIFY_ALL = "all";
    public static final String NOTIFY_MENTIONS = "mentions";
    public static final String NOTIFY_OFF = "off";

    private LookPreferences() {
    }

    public static Theme theme() {
        return Theme.of(string(THEME, Theme.SYSTEM.name()));
    }

    public static String notifications() {
        return string(NOTIFY, NOTIFY_MENTIONS);
    }

    /** @return the chosen text size in percent, the nearest step to what the preference says */
    public static int textSize() {
        return TextSize.nearest(Platform.getPreferencesService().getInt(NODE, TEXT_SIZE, TextSize.NORMAL, null));
    }

    public static boolean nameColours() {
        return Platform.getPreferencesService().getBoolean(NODE, NAME_COLOURS, true, null);
    }

    private static String string(String key, String fallback) {
        return Platform.getPreferencesService().getString(NODE, key, fallback, null);
    }
}
