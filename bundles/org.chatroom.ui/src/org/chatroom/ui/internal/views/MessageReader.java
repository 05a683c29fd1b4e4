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
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * Below the list, the selected rows in full: wrapped, selectable, links underlined and opened with a click. Hidden
 * while nothing is selected, so a 3,000-character message or a long error can always be read and copied.
 */
final class MessageReader {

    private static final int MAX_LINES = 8;

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
        show(List.of());
    }

    StyledText control() {
        return text;
    }

    void show(List<MessageRow> rows) {
        GridData data = (GridData) text.getLayoutData();
        boolean visible = !rows.isEmpty();
        if (visible) {
            text.setText(RowCopy.text(rows));
            styleLinks();
            int width = Math.max(100, text.getParent().getClientArea().width);
            int wanted = text.computeSize(width, SWT.DEFAULT).y;
            data.heightHint = Math.min(wanted, MAX_LINES * text.getLineHeight());
        } else {
            text.setText("");
        }
        if (data.exclude == visible || text.getVisible() != visible) {
            data.exclude = !visible;
            text.setVisible(visible);
            text.getParent().layout(true);
        }
    }

    private void styleLinks() {
        Color link = new Color(new Palette(text.getForeground().getRGB(), text.getBackground().getRGB())
                .foreground(MessageRow.Style.OWN));
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
