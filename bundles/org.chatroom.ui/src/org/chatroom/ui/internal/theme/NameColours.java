package org.chatroom.ui.internal.theme;

import java.util.Locale;

import org.chatroom.ui.internal.views.MessageRow.Style;
import org.eclipse.swt.graphics.RGB;

/**
 * A colour for each member's name in the message list, so that who says what can be followed in a busy room: the
 * same name always gets the same colour (in any case of its letters), different names mostly different ones. The
 * colours are hues spread round the wheel, at a lightness that suits the list's
 * background, each nudged towards the list's text colour until it reads (WCAG 4.5:1) on the list's background; those of
 * mentions until they read on a mention's (nudging all for both made a dark list's names pale).
 */
public final class NameColours {

    /** Hues in degrees, at least 30 apart, and 30 from the blue of my own lines (225). */
    private static final int[] HUES = { 15, 45, 80, 125, 160, 195, 270, 325 };
    private static final double SATURATION = 0.75;
    private static final double LIGHT_ON_DARK = 0.70;
    private static final double LIGHT_ON_LIGHT = 0.33;

    private final RGB[] plain = new RGB[HUES.length];
    private final RGB[] mentions = new RGB[HUES.length];

    public NameColours(Palette palette) {
        RGB mention = palette.background(Style.MENTION);
        for (int i = 0; i < HUES.length; i++) {
            RGB start = hsl(HUES[i], SATURATION, palette.dark() ? LIGHT_ON_DARK : LIGHT_ON_LIGHT);
            plain[i] = palette.readable(start, null);
            mentions[i] = palette.readable(start, mention);
        }
    }

    /**
     * @return the colour of {@code name} in a row of the list's background ({@code mention} false) or of a mention's,
     *         the same for every case of its letters
     */
    public RGB of(String name, boolean mention) {
        int hash = name.toLowerCase(Locale.ROOT).hashCode() * 0x9E3779B9; // spreads names that differ in one letter
        return (mention ? mentions : plain)[Math.floorMod(Integer.rotateLeft(hash, 16), HUES.length)];
    }

    /** @return how many colours names share out */
    public static int count() {
        return HUES.length;
    }

    /** The colour of {@code hue} degrees at {@code saturation} and {@code lightness} (0 to 1 each). */
    static RGB hsl(int hue, double saturation, double lightness) {
        double chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
        double side = chroma * (1 - Math.abs(hue / 60.0 % 2 - 1));
        double base = lightness - chroma / 2;
        double[] rgb = switch (hue / 60) {
            case 0 -> new double[] { chroma, side, 0 };
            case 1 -> new double[] { side, chroma, 0 };
            case 2 -> new double[] { 0, chroma, side };
            case 3 -> new double[] { 0, side, chroma };
            case 4 -> new double[] { side, 0, chroma };
            default -> new double[] { chroma, 0, side };
        };
        return new RGB(channel(rgb[0] + base), channel(rgb[1] + base), channel(rgb[2] + base));
    }

    private static int channel(double value) {
        return (int) Math.round(Math.max(0, Math.min(1, value)) * 255);
    }
}
