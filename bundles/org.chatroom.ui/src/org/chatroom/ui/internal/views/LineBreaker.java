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
    /** The separator lines as shown, for the last two widths asked for. */
    private final Map<Integer, Map<MessageRow, String>> rules = new LinkedHashMap<>();
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
        if (row.rule()) {
            return null; // see rule()
        }
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

    /**
     * A separator line ({@link MessageRow#rule}) as it is shown in {@code width} pixels: whole when it fits, else with
     * as many rules on each side as fit ({@code ── new messages ──}), else one rule on each side of the start of its
     * label ({@code ─ history above, sa… ─}), else its label (which the list cuts). A separator that wrapped left its
     * last rules on a line of their own.
     */
    String rule(MessageRow row, Font font, int width) {
        String text = row.text();
        if (width <= 0 || oneLineWidth(row, text, font) <= width) {
            return text;
        }
        Map<MessageRow, String> atWidth = rules.get(width);
        if (atWidth == null) {
            if (rules.size() == 2) {
                rules.remove(rules.keySet().iterator().next());
            }
            atWidth = new WeakHashMap<>();
            rules.put(width, atWidth);
        }
        return atWidth.computeIfAbsent(row, r -> fitRule(text, font, width));
    }

    private String fitRule(String text, Font font, int width) {
        int framing = 0; // rules on each side
        while (framing < text.length() / 2 && text.charAt(framing) == MessageRow.RULE
                && text.charAt(text.length() - 1 - framing) == MessageRow.RULE) {
            framing++;
        }
        String label = text.substring(framing, text.length() - framing).strip();
        for (int kept = framing - 1; kept > 0; kept--) {
            String side = String.valueOf(MessageRow.RULE).repeat(kept);
            String shorter = side + " " + label + " " + side;
            if (fits(shorter, font, width)) {
                return shorter;
            }
        }
        // one rule on each side of as much of the label as fits, cut with an ellipsis (the tooltip has it whole)
        int fits = Fit.longest(label.length() - 1, length -> fits(ruled(label, length), font, width));
        return fits > 0 ? ruled(label, fits) : label;
    }

    private static String ruled(String label, int length) {
        return MessageRow.RULE + " " + label.substring(0, length).stripTrailing() + CellText.ELLIPSIS + " "
                + MessageRow.RULE;
    }

    private boolean fits(String text, Font font, int width) {
        return layout(text, font, -1).getBounds().width <= width;
    }

    /** The fonts changed (the text size): what was measured no longer holds. */
    void forget() {
        rules.clear();
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
