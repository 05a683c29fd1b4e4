package org.chatroom.ui.internal.theme;

import org.eclipse.jface.resource.FontRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;

/**
 * The font of the chat views: the system's default font at the chosen {@link TextSize}, kept in JFace's font
 * registry under {@link #KEY} with its bold and italic variants, so that what draws a row and what measures a column
 * use the same font. The registry tells its listeners when the size changes, and keeps the fonts it replaced until
 * the display goes: a row painted meanwhile never meets a disposed font. UI thread only.
 */
public final class ChatFont {

    public static final String KEY = "org.chatroom.ui.chatFont";

    /** The size in the registry, in percent; none yet before the first use. */
    private static int registered = -1;

    private ChatFont() {
    }

    public static Font regular() {
        return registry().get(KEY);
    }

    public static Font bold() {
        return registry().getBold(KEY);
    }

    public static Font italic() {
        return registry().getItalic(KEY);
    }

    /** @return the size in use, in percent of the system's */
    public static int size() {
        registry();
        return registered;
    }

    /** Puts the font of the preference's size in the registry, if it is not there yet (its listeners hear of it). */
    static void update() {
        int percent = LookPreferences.textSize();
        if (percent != registered) {
            FontRegistry fonts = JFaceResources.getFontRegistry();
            registered = percent;
            fonts.put(KEY, scaled(fonts.getFontData(JFaceResources.DEFAULT_FONT), percent));
        }
    }

    private static FontRegistry registry() {
        if (registered < 0) {
            update();
        }
        return JFaceResources.getFontRegistry();
    }

    private static FontData[] scaled(FontData[] base, int percent) {
        FontData[] scaled = new FontData[base.length];
        for (int i = 0; i < base.length; i++) {
            scaled[i] = new FontData(base[i].getName(), Math.max(1, Math.round(base[i].getHeight() * percent / 100f)),
                    base[i].getStyle());
        }
        return scaled;
    }
}
