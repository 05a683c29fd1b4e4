package org.chatroom.ui.internal.theme;

import org.chatroom.ui.internal.views.MessageRow.Style;
import org.eclipse.swt.graphics.RGB;

/**
 * The colours of the message list's row styles, derived from the list's own foreground and background (whatever
 * the system or the chosen theme gives it) and nudged until each reaches a readable contrast. Nothing is fixed: a
 * dark list gets light accents, a light list dark ones.
 */
public final class Palette {

    /** WCAG AA contrast for normal text. */
    public static final double READABLE = 4.5;

    private final RGB foreground;
    private final RGB background;
    private final boolean dark;

    public Palette(RGB foreground, RGB background) {
        this.foreground = foreground;
        this.background = background;
        this.dark = luminance(background) < luminance(foreground);
    }

    public boolean dark() {
        return dark;
    }

    /** @return the text colour of a row of this style */
    public RGB foreground(Style style) {
        return switch (style) {
            case OWN -> readable(dark ? new RGB(130, 170, 255) : new RGB(20, 60, 170));
            case PRIVATE -> readable(dark ? new RGB(230, 140, 230) : new RGB(130, 20, 130));
            case ERROR, MARKER -> readable(dark ? new RGB(255, 120, 110) : new RGB(180, 20, 20));
            case NOTICE -> readable(blend(foreground, background, 0.4));
            case HISTORY -> readable(blend(foreground, background, 0.55));
            case MENTION, NORMAL -> foreground;
        };
    }

    /** @return the colour of links, in the list and the reader: that of my own lines */
    public RGB link() {
        return foreground(Style.OWN);
    }

    /** @return the background of a row of this style, or {@code null} for the list's own */
    public RGB background(Style style) {
        if (style != Style.MENTION) {
            return null;
        }
        RGB accent = dark ? new RGB(200, 160, 40) : new RGB(255, 210, 60);
        for (double share = 0.35; share > 0; share -= 0.05) {
            RGB candidate = blend(accent, background, share);
            if (contrast(foreground, candidate) >= READABLE) {
                return candidate;
            }
        }
        return background;
    }

    /** Moves {@code colour} towards the list's foreground until it reads on the list's background. */
    private RGB readable(RGB colour) {
        return readable(colour, background);
    }

    /**
     * Moves {@code colour} towards the list's foreground until it reads on the list's background and on {@code also}
     * (another background it is shown on; {@code null}: none).
     */
    public RGB readable(RGB colour, RGB also) {
        RGB candidate = colour;
        for (int fifths = 1; !reads(candidate, also) && fifths <= 5; fifths++) { // at five fifths the foreground
            candidate = blend(foreground, colour, fifths / 5.0);
        }
        return candidate;
    }

    private boolean reads(RGB colour, RGB also) {
        return contrast(colour, background) >= READABLE && (also == null || contrast(colour, also) >= READABLE);
    }

    /** @return {@code share} of {@code a} mixed with the rest of {@code b} */
    public static RGB blend(RGB a, RGB b, double share) {
        return new RGB(mix(a.red, b.red, share), mix(a.green, b.green, share), mix(a.blue, b.blue, share));
    }

    private static int mix(int a, int b, double share) {
        return (int) Math.round(a * share + b * (1 - share));
    }

    /** WCAG contrast ratio of two colours, 1 (none) to 21 (black on white). */
    public static double contrast(RGB a, RGB b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(RGB c) {
        return 0.2126 * channel(c.red) + 0.7152 * channel(c.green) + 0.0722 * channel(c.blue);
    }

    private static double channel(int value) {
        double v = value / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
