package org.chatroom.ui.internal.views;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.widgets.Control;

/**
 * Breaks a row's text into the lines of the message column: between words where it can, inside a run wider than
 * the column (a long link breaks at its slashes), and at the text's own line breaks. A text that would fit at one em
 * a character is not measured (most rows); a longer one's width on one line is measured once per row and font and
 * kept while the row is, so a resize lays out again only the rows wider than the column, and their breaks are kept
 * for the last two widths (breaking the rows again at the same width, after a marker line went, measures nothing).
 * UI thread only.
 */
public final class LineBreaker {

    /** Lines a row takes at most; a longer text ends in an ellipsis, whole in the tooltip and the reader. */
    public static final int MAX_LINES = 20;

    private final Control control;
    /** Each measured row's width on one line, in its font; forgotten with the row, or when the fonts change. */
    private final Map<MessageRow, Integer> widths = new WeakHashMap<>();
    /** The breaks of the rows that wrap, for the last two widths asked for (the list's, and the one it changes to). */
    private final Map<Integer, Map<MessageRow, int[]>> broken = new LinkedHashMap<>();
    /** The height of each font: the widest a character is taken to be. */
    private final Map<Font, Integer> ems = new HashMap<>();
    private TextLayout layout;

    LineBreaker(Control control) {
        this.control = control;
        control.addDisposeListener(e -> {
            if (layout != null) {
                layout.dispose();
            }
        });
    }

    /** The text as the list shows it: any line break as one newline, none at the end. */
    static String shown(String text) {
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0 && text.indexOf('\u2028') < 0
                && text.indexOf('\u2029') < 0 && text.indexOf('\u0085') < 0) {
            return text;
        }
        String lines = text.replaceAll("\\R", "\n");
        int end = lines.length();
        while (end > 0 && lines.charAt(end - 1) == '\n') {
            end--;
        }
        return lines.substring(0, end);
    }

    /**
     * @param width the pixels a line may take; 0 or less: the rows take one line each (the column has no width yet)
     * @return where the lines of {@code row}'s {@link #shown} text start, then where its last one ends (the text's
     *         end unless the row was cut at {@link #MAX_LINES}); {@code null} when it takes one line
     */
    int[] breaks(MessageRow row, Font font, int width) {
        String text = shown(row.text());
        boolean ownBreaks = text.indexOf('\n') >= 0;
        if (width <= 0 || !ownBreaks && (long) text.length() * em(font) <= width) {
            return null;
        }
        if (!ownBreaks && oneLineWidth(row, text, font) <= width) {
            return null;
        }
        Map<MessageRow, int[]> atWidth = broken.get(width);
        if (atWidth == null) {
            if (broken.size() == 2) {
                broken.remove(broken.keySet().iterator().next());
            }
            atWidth = new WeakHashMap<>();
            broken.put(width, atWidth);
        }
        int[] offsets = atWidth.get(row);
        if (offsets == null) {
            offsets = layout(text, font, width).getLineOffsets();
            offsets = offsets.length - 1 > MAX_LINES ? Arrays.copyOf(offsets, MAX_LINES + 1) : offsets;
            atWidth.put(row, offsets);
        }
        return offsets;
    }

    /** The fonts changed (the text size): what was measured no longer holds. */
    void forget() {
        widths.clear();
        broken.clear();
        ems.clear();
    }

    private int oneLineWidth(MessageRow row, String text, Font font) {
        Integer width = widths.get(row);
        if (width == null) {
            width = layout(text, font, -1).getBounds().width;
            widths.put(row, width);
        }
        return width;
    }

    private TextLayout layout(String text, Font font, int width) {
        if (layout == null) {
            layout = new TextLayout(control.getDisplay());
        }
        layout.setFont(font);
        layout.setText(text);
        layout.setWidth(width);
        return layout;
    }

    private int em(Font font) {
        return ems.computeIfAbsent(font, f -> {
            GC gc = new GC(control);
            try {
                gc.setFont(f);
                return gc.getFontMetrics().getHeight();
            } finally {
                gc.dispose();
            }
        });
    }
}
