package org.chatroom.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.chatroom.ui.internal.theme.Palette;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * Below the list, the selected rows in full: wrapped, selectable, links underlined and opened with a click. Hidden
 * while nothing is selected, so a 3,000-character message or a long error can always be read and copied.
 */
final class MessageReader {

    private static final int MAX_LINES = 8;
    /** The most of the view the reader takes, so that the list keeps the larger part (at 400x300 too). */
    private static final int MAX_SHARE_PERCENT = 40;

    private final StyledText text;
    private final Supplier<LinkLauncher> launcher;
    private final Cursor hand;

    MessageReader(Composite parent, Supplier<LinkLauncher> launcher) {
        this.launcher = launcher;
        text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        text.setData(WidgetIds.KEY, WidgetIds.READER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        hand = parent.getDisplay().getSystemCursor(SWT.CURSOR_HAND);
        text.addListener(SWT.MouseUp, this::click);
        text.addListener(SWT.MouseMove, this::hover);
        parent.addListener(SWT.Resize, e -> fit(false));
        show(List.of());
    }

    StyledText control() {
        return text;
    }

    void show(List<MessageRow> rows) {
        boolean visible = !rows.isEmpty();
        text.setText(visible ? RowCopy.text(rows) : "");
        if (visible) {
            styleLinks();
        }
        GridData data = (GridData) text.getLayoutData();
        boolean changed = data.exclude == visible || text.getVisible() != visible;
        data.exclude = !visible;
        text.setVisible(visible);
        fit(changed);
    }

    /**
     * Gives the reader the height its rows need, at most {@link #MAX_LINES} lines and {@link #MAX_SHARE_PERCENT} of
     * the view, whenever the selection or the view's size changes: a longer selection after a short one gets its
     * lines, and the list stays in sight in a small window.
     */
    private void fit(boolean changed) {
        GridData data = (GridData) text.getLayoutData();
        int height = data.exclude ? 0 : wantedHeight();
        if (changed || height != data.heightHint) {
            data.heightHint = height;
            text.getParent().layout(true);
        }
    }

    private int wantedHeight() {
        Rectangle area = text.getParent().getClientArea();
        int most = Math.min(MAX_LINES * text.getLineHeight(), area.height * MAX_SHARE_PERCENT / 100);
        // as many rows as lines fill the reader anyway: no wrapping of a whole selected scrollback at every resize
        int wanted = text.getLineCount() >= MAX_LINES ? most
                : text.computeSize(Math.max(100, area.width), SWT.DEFAULT).y;
        return Math.max(text.getLineHeight(), Math.min(wanted, most));
    }

    private void styleLinks() {
        Color link = new Color(new Palette(text.getForeground().getRGB(), text.getBackground().getRGB()).link());
        List<StyleRange> ranges = new ArrayList<>();
        for (Links.Link found : Links.find(text.getText())) {
            StyleRange range = new StyleRange(found.start(), found.end() - found.start(), link, null);
            range.underline = true;
            range.underlineStyle = SWT.UNDERLINE_LINK;
            ranges.add(range);
        }
        text.setStyleRanges(ranges.toArray(StyleRange[]::new));
    }

    private Links.Link linkAt(int x, int y) {
        int offset = text.getOffsetAtPoint(new Point(x, y));
        return offset < 0 ? null : Links.at(text.getText(), offset);
    }

    private void hover(Event event) {
        text.setCursor(linkAt(event.x, event.y) == null ? null : hand);
    }

    private void click(Event event) {
        if (event.button != 1 || text.getSelectionCount() > 0) {
            return; // a drag selects text to copy
        }
        Links.Link link = linkAt(event.x, event.y);
        if (link != null) {
            launcher.get().open(link.url());
        }
    }
}
