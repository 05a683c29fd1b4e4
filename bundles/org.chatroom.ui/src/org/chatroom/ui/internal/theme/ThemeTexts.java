package org.chatroom.ui.internal.theme;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the appearance and notification preferences, from texts.properties. */
public final class ThemeTexts extends NLS {

    public static String pageDescription;
    public static String theme;
    public static String themeSystem;
    public static String themeLight;
    public static String themeDark;
    public static String textSize;
    public static String textSizeStep;
    public static String textSizeNormal;
    public static String nameColours;
    public static String notify;
    public static String notifyAll;
    public static String notifyMentions;
    public static String notifyOff;

    static {
        NLS.initializeMessages("org.chatroom.ui.internal.theme.texts", ThemeTexts.class);
    }

    private ThemeTexts() {
    }
}
