package org.chatroom.ui.internal.theme;

import java.util.Arrays;

/**
 * The text sizes the chat views offer, in percent of the system's font, as browsers and chat programs step them:
 * larger and smaller move one step, normal is 100.
 */
public final class TextSize {

    public static final int NORMAL = 100;
    /** Every size offered, smallest first. */
    private static final int[] STEPS = { 80, 90, 100, 110, 125, 150, 175, 200 };

    private TextSize() {
    }

    /** @return the step after {@code percent}, or the largest */
    public static int larger(int percent) {
        int at = index(percent);
        return STEPS[Math.min(STEPS.length - 1, at + 1)];
    }

    /** @return the step before {@code percent}, or the smallest */
    public static int smaller(int percent) {
        int at = index(percent);
        return STEPS[Math.max(0, at - 1)];
    }

    /** @return the step nearest to {@code percent} (a value edited by hand in the preferences file) */
    static int nearest(int percent) {
        return STEPS[index(percent)];
    }

    /** @return every step, smallest first */
    static int[] steps() {
        return Arrays.copyOf(STEPS, STEPS.length);
    }

    private static int index(int percent) {
        int best = 0;
        for (int i = 1; i < STEPS.length; i++) {
            if (Math.abs(STEPS[i] - percent) < Math.abs(STEPS[best] - percent)) {
                best = i;
            }
        }
        return best;
    }
}
