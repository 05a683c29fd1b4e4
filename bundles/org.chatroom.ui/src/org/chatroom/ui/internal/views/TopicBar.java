package org.chatroom.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.chatroom.ui.internal.theme.LookPreferences;
import org.chatroom.ui.internal.theme.Palette;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

/**
 * The topic of the room a tab shows, on a line above its message list, as chat clients keep it in sight (it was only
 * a row when joining, soon scrolled away, and a row when it changed): hidden while the room has none; on one line,
 * ending in "…" where the view is too narrow for it, its whole text in the tooltip (and the tab's); its links
 * underlined and opened with a click, as in the list; in a view too low for it (a 400x300 window), the list keeps
 * the room.
 */
final class TopicBar {

    /** The bar shows only in a view at least this many of its lines high: a small window keeps the list's room. */
    private static final int MIN_VIEW_LINES = 12;

    private final StyledText text;
    private final Supplier<LinkLauncher> launcher;
    /** The topic on one line, whole (the bar may show it cut). */
    private String line = "";
    /** Where {@link #line} starts in the text shown ("Topic: " before it). */
    private int start;
    /** The links of {@link #line}, in its offsets. */
    private List<Links.Link> links = List.of();

    /** Puts the bar above {@code list}, a child of {@code box} (a composite with a grid layout). */
    TopicBar(Composite box, Control list, Supplier<LinkLauncher> launcher) {
        this.launcher = launcher;
        text = new StyledText(box, SWT.SINGLE | SWT.READ_ONLY);
        text.setData(WidgetIds.KEY, WidgetIds.TOPIC);
        text.setLeftMargin(4);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.moveAbove(list);
        text.addListener(SWT.Resize, e -> fit());
        text.addListener(SWT.MouseMove, e -> text.setCursor(linkAt(e) == null ? null
                : text.getDisplay().getSystemCursor(SWT.CURSOR_HAND)));
        text.addListener(SWT.MouseUp, this::click);
        box.addListener(SWT.Resize, e -> place());
        // the links' colour follows the theme: measured after the look gave the bar its colours, which it does in a
        // runnable of its own queued on the same change (before or after this one's first hop)
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(LookPreferences.NODE);
        IPreferenceChangeListener theme = event -> {
            if (LookPreferences.THEME.equals(event.getKey()) && !text.isDisposed()) {
                text.getDisplay().asyncExec(() -> text.getDisplay().asyncExec(() -> {
                    if (!text.isDisposed()) {
                        fit();
                    }
                }));
            }
        };
        prefs.addPreferenceChangeListener(theme);
        text.addDisposeListener(e -> prefs.removePreferenceChangeListener(theme));
        show("");
    }

    /** Shows {@code topic} (empty: the room has none, and the bar goes). */
    void show(String topic) {
        line = topic.replaceAll("\\s+", " ").strip();
        links = Links.find(line);
        text.setToolTipText(line.isEmpty() ? null : topic);
        fit();
        place();
    }

    /** Shows the bar while there is a topic and the view is tall enough for it. */
    private void place() {
        Composite box = text.getParent();
        boolean shown = !line.isEmpty() && box.getSize().y >= MIN_VIEW_LINES * text.getLineHeight();
        GridData data = (GridData) text.getLayoutData();
        if (data.exclude == shown || text.getVisible() != shown) {
            data.exclude = !shown;
            text.setVisible(shown);
            box.layout(true);
        }
    }

    /** Shows the topic in the bar's width, a longer one ending in "…" where it would be cut, its links styled. */
    private void fit() {
        String whole = line.isEmpty() ? "" : NLS.bind(ViewTexts.topicBar, line);
        start = line.isEmpty() ? 0 : whole.indexOf(line);
        String shown = cut(whole, text.getClientArea().width - text.getLeftMargin() - text.getRightMargin());
        text.setText(shown);
        int end = shown.length() < whole.length() ? shown.length() - CellText.ELLIPSIS.length() : shown.length();
        Color colour = new Color(new Palette(text.getForeground().getRGB(), text.getBackground().getRGB()).link());
        List<StyleRange> ranges = new ArrayList<>();
        for (Links.Link link : links) {
            int from = start + link.start();
            int to = Math.min(start + link.end(), end);
            if (from < to) {
                StyleRange range = new StyleRange(from, to - from, colour, null);
                range.underline = true;
                range.underlineStyle = SWT.UNDERLINE_LINK;
                ranges.add(range);
            }
        }
        text.setStyleRanges(ranges.toArray(StyleRange[]::new));
    }

    /** @return {@code whole}, or its longest start that fits {@code room} pixels with "…" after it */
    private String cut(String whole, int room) {
        if (room <= 0 || whole.isEmpty()) {
            return whole;
        }
        GC gc = new GC(text);
        try {
            if (gc.textExtent(whole).x <= room) {
                return whole;
            }
            int fits = Fit.longest(whole.length(),
                    length -> gc.textExtent(whole.substring(0, length) + CellText.ELLIPSIS).x <= room);
            return whole.substring(0, fits) + CellText.ELLIPSIS;
        } finally {
            gc.dispose();
        }
    }

    /** @return the link under the pointer of {@code event} (whole, also when the bar shows it cut), or null */
    private Links.Link linkAt(Event event) {
        int offset = text.getOffsetAtPoint(new Point(event.x, event.y));
        if (offset < 0) {
            return null;
        }
        for (Links.Link link : links) {
            if (offset >= start + link.start() && offset < start + link.end()) {
                return link;
            }
        }
        return null;
    }

    private void click(Event event) {
        if (event.button != 1 || text.getSelectionCount() > 0) {
            return; // a drag selects text to copy
        }
        Links.Link link = linkAt(event);
        if (link != null) {
            launcher.get().open(link.url());
        }
    }
}
