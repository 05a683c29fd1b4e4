package org.chatroom.ui.internal.theme;

import org.eclipse.swt.graphics.RGB;

/** The colour scheme of the chat views: the system's (default), or a light or dark one chosen in the preferences. */
public enum Theme {
    SYSTEM(null, null),
    LIGHT(new RGB(250, 250, 250), new RGB(30, 30, 30)),
    DARK(new RGB(36, 36, 40), new RGB(222, 222, 222));

    private final RGB background;
    private final RGB foreground;

    Theme(RGB background, RGB foreground) {
        this.background = background;
        this.foreground = foreground;
    }

    /** @return the background of lists and fields, {@code null} for the system's */
    public RGB background() {
        return background;
    }

    /** @return the text colour of lists and fields, {@code null} for the system's */
    public RGB foreground() {
        return foreground;
    }

    /** @return the theme named {@code value}, {@link #SYSTEM} for anything else */
    public static Theme of(String value) {
        for (Theme theme : values()) {
            if (theme.name().equalsIgnoreCase(value)) {
                return theme;
            }
        }
        return SYSTEM;
    }
}
