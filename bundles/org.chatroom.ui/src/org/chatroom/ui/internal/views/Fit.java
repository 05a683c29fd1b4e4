package org.chatroom.ui.internal.views;

import java.util.function.IntPredicate;

/** How much of a text fits a width: a binary search over its lengths, for widths that grow with the length. */
final class Fit {

    private Fit() {
    }

    /**
     * @param max  the longest length to try
     * @param fits whether the text at a length fits (true up to some length, false beyond it)
     * @return the longest length from 1 to {@code max} that fits, 0 when none does
     */
    static int longest(int max, IntPredicate fits) {
        int found = 0;
        for (int low = 1, high = max; low <= high;) {
            int middle = (low + high) >>> 1;
            if (fits.test(middle)) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }
}
