package org.chatroom.ui.internal.theme;

import org.eclipse.core.runtime.Platform;

/** Preference keys of the chat views' look and notifications (same node as the other desktop preferences). */
public final class LookPreferences {

    public static final String NODE = "org.chatroom.ui";
    /** {@link Theme} name: system (default), light or dark. */
    public static final String THEME = "theme";
    /** {@code all}, {@code mentions} (mentions and private messages, the default) or {@code off}. */
    public static final String NOTIFY = "notify";

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

    private static String string(String key, String fallback) {
        return Platform.getPreferencesService().getString(NODE, key, fallback, null);
    }
}
